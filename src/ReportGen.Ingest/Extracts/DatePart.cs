namespace ReportGen.Ingest.Extracts;

/// <summary>One part of a <see cref="DatePattern"/>.</summary>
/// <param name="Kind">What the part reads.</param>
/// <param name="Literal">The separator, for <see cref="DatePartKind.Literal"/>.</param>
/// <param name="Width">The digits a number must have (2 for <c>dd</c> next to another number, 4 for a year), or 0 for one or two.</param>
internal readonly record struct DatePart(DatePartKind Kind, byte Literal = 0, int Width = 0);
