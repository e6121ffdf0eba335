using ReportGen.Core.Diagnostics;

namespace ReportGen.Composition.Registers;

/// <summary>One row of a register: the theme (a goal's key) it belongs to and its fields by column name.</summary>
/// <param name="Theme">The goal (theme) key the row reports under.</param>
/// <param name="Fields">The fields by lower-case column name (<c>score</c>, <c>trend</c>, <c>budget</c>…).</param>
/// <param name="Location">Where the row is, for messages.</param>
public sealed record RegisterRow(string Theme, IReadOnlyDictionary<string, RegisterValue> Fields, SourceLocation Location);
