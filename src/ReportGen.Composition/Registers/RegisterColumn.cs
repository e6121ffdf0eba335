namespace ReportGen.Composition.Registers;

/// <summary>A column of a register file.</summary>
/// <param name="Name">The header name (matched ignoring case).</param>
/// <param name="Type">What it holds.</param>
/// <param name="Required">Whether the header must have it and every row must fill it.</param>
internal sealed record RegisterColumn(string Name, FieldType Type, bool Required = false);
