namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>Begins a structure element; content drawn until the matching <see cref="EndMarkOp"/> belongs to it.</summary>
/// <param name="Tag">The element's type.</param>
/// <param name="Scope">For TH: <c>Column</c> or <c>Row</c>.</param>
/// <param name="ColumnSpan">For TH and TD: how many columns the cell spans.</param>
/// <param name="Summary">For Table: what the table shows.</param>
internal sealed record BeginTagOp(StructureTag Tag, string? Scope = null, int ColumnSpan = 1, string? Summary = null) : MarkOp;
