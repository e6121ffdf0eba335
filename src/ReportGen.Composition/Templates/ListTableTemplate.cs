using ReportGen.Core.Diagnostics;

namespace ReportGen.Composition.Templates;

/// <summary>
/// A table with a row for each item of a list: the goals, or the rows of a register (risks, issues, milestones,
/// finance) in scope. Columns are Liquid with <c>row</c> in scope.
/// </summary>
/// <param name="Location">Where the block is written.</param>
/// <param name="Caption">What the table is, for screen readers.</param>
/// <param name="Rows">The list: <c>goals</c> or a register's name.</param>
/// <param name="Columns">The columns (kinds text, markdown, rating and trend).</param>
public sealed record ListTableTemplate(SourceLocation Location, string Caption, string Rows, IReadOnlyList<ColumnTemplate> Columns) : TemplateBlock(Location)
{
    /// <summary>The list of goals.</summary>
    public const string Goals = "goals";

    /// <summary>A Liquid condition with <c>row</c> in scope: only rows for which it holds are shown.</summary>
    public string? Where { get; init; }

    /// <summary>What to say instead of the table when no row is shown (Liquid and Markdown); nothing when <see langword="null"/>.</summary>
    public string? Empty { get; init; }
}
