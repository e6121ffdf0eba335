using ReportGen.Core.Diagnostics;

namespace ReportGen.Composition.Templates;

/// <summary>One block of a template section. Each kind has a composer in <c>Composition/Blocks</c>.</summary>
/// <param name="Location">Where the block is written, for messages.</param>
public abstract record TemplateBlock(SourceLocation Location)
{
    /// <summary>
    /// A Liquid condition (<c>when: "{{ goal.crime_summary }}"</c>): the block is left out when it renders empty,
    /// <c>false</c>, <c>no</c> or <c>0</c>; <see langword="null"/> to always show it.
    /// </summary>
    public string? When { get; init; }

    /// <summary>Whether the block is left out of the public edition (<c>restricted: true</c> beside the block's kind).</summary>
    public bool Restricted { get; init; }
}

/// <summary>A heading (<c>heading: SUMMARY</c>, <c>level: 2</c>).</summary>
public sealed record HeadingTemplate(SourceLocation Location, string Text, int Level) : TemplateBlock(Location)
{
    /// <summary>The heading's anchor (Liquid: <c>area-{{ goal.number }}</c>), which page columns and <c>[text](#name)</c> links name; <see langword="null"/> for none.</summary>
    public string? Anchor { get; init; }
}

/// <summary>Markdown text, rendered through Liquid first (<c>markdown: |</c>).</summary>
public sealed record MarkdownTemplate(SourceLocation Location, string Text) : TemplateBlock(Location);

/// <summary>A table of labels and values (the cover report's header table).</summary>
/// <param name="Location">Where the block is written.</param>
/// <param name="Caption">What the table is, for screen readers.</param>
/// <param name="Rows">Label and value pairs; both Liquid, the value Markdown too. Rows whose value is empty are left out.</param>
/// <param name="Headings">The names of the label and value columns, where a format needs a header row (Word).</param>
public sealed record FormTemplate(SourceLocation Location, string Caption, IReadOnlyList<FormRowTemplate> Rows, IReadOnlyList<string> Headings) : TemplateBlock(Location)
{
    /// <summary>The column names used when a form does not give its own.</summary>
    public static IReadOnlyList<string> DefaultHeadings { get; } = ["Item", "Details"];
}

/// <summary>A row of a <see cref="FormTemplate"/>.</summary>
/// <param name="Label">The label (row header).</param>
/// <param name="Value">The value.</param>
public sealed record FormRowTemplate(string Label, string Value);

/// <summary>A table counting each rating, with the share of indicators, colour and word together.</summary>
/// <param name="Location">Where the block is written.</param>
/// <param name="Caption">What the table is, for screen readers.</param>
public sealed record RagSummaryTemplate(SourceLocation Location, string Caption) : TemplateBlock(Location);

/// <summary>
/// A narrative section from the commentary file (<c># Financial implications</c>), or the default text when the
/// commentary has none; left out when both are empty.
/// </summary>
/// <param name="Location">Where the block is written.</param>
/// <param name="Key">The commentary heading it takes, lower-cased.</param>
/// <param name="Heading">A heading printed above it, if any.</param>
/// <param name="Level">The heading's level.</param>
/// <param name="Default">Text used when the commentary has no such section.</param>
public sealed record NarrativeTemplate(SourceLocation Location, string Key, string? Heading, int Level, string? Default) : TemplateBlock(Location);

/// <summary>
/// The report detail by goal: for each goal, its heading and narrative, then its highlights (indicators rated
/// Green, with their highlight or commentary) and the improvements required (Red and Amber, with commentary and
/// corrective action).
/// </summary>
/// <param name="Location">Where the block is written.</param>
/// <param name="Level">Heading level of each goal.</param>
/// <param name="HighlightsHeading">The words before the highlights.</param>
/// <param name="ImprovementsHeading">The words before the improvements required.</param>
/// <param name="NoIndicators">Liquid text for a goal without indicators (<c>{{ goal.title }}</c> is the goal).</param>
public sealed record GoalsTemplate(
    SourceLocation Location,
    int Level,
    string HighlightsHeading,
    string ImprovementsHeading,
    string NoIndicators) : TemplateBlock(Location);

/// <summary>The indicator table (Appendix 1): one row per indicator, optionally grouped by goal.</summary>
/// <param name="Location">Where the block is written.</param>
/// <param name="Caption">What the table is, for screen readers.</param>
/// <param name="GroupByGoal">Whether goal rows head groups of indicators.</param>
/// <param name="Columns">The columns.</param>
public sealed record IndicatorTableTemplate(
    SourceLocation Location,
    string Caption,
    bool GroupByGoal,
    IReadOnlyList<ColumnTemplate> Columns) : TemplateBlock(Location)
{
    /// <summary>
    /// The rows: indicator ids (Liquid; any of the report's), or <see langword="null"/> for every indicator in scope
    /// (the goal's, inside a section with <c>for_each: goal</c>).
    /// </summary>
    public IReadOnlyList<string>? Indicators { get; init; }

    /// <summary>A Liquid condition with <c>indicator</c> in scope: only rows for which it holds are shown.</summary>
    public string? Where { get; init; }

    /// <summary>A Liquid condition with <c>indicator</c> in scope: rows for which it holds are emphasised (subtotals).</summary>
    public string? Emphasis { get; init; }
}

/// <summary>A column of the indicator table.</summary>
/// <param name="Header">The column header (Liquid).</param>
/// <param name="Kind">What the cells show.</param>
/// <param name="Value">For <see cref="ColumnKind.Text"/> and <see cref="ColumnKind.Markdown"/>: the cell's Liquid text.</param>
/// <param name="Width">Relative width.</param>
/// <param name="Alignment">Alignment of the cells.</param>
public sealed record ColumnTemplate(string Header, ColumnKind Kind, string? Value, double Width, Documents.Model.CellAlignment Alignment)
{
    /// <summary>For <c>table</c> blocks: the column's cell in a totals row (Liquid, with <c>totals</c> in scope), if any.</summary>
    public string? Total { get; init; }
}

/// <summary>What an indicator-table column shows.</summary>
public enum ColumnKind
{
    /// <summary>Liquid text, Markdown inline formatting allowed.</summary>
    Text,

    /// <summary>Liquid text read as Markdown blocks (paragraphs, lists).</summary>
    Markdown,

    /// <summary>The rating: the colour fill and the word.</summary>
    Rag,

    /// <summary>Short-term direction of travel: arrow and word.</summary>
    DotShort,

    /// <summary>Long-term direction of travel: arrow and word.</summary>
    DotLong,

    /// <summary>
    /// The rating, or one rating per equality gap (each with its group) when the indicator has gaps: two ratings
    /// in one row, as the MOPAC dashboard's "(B) Black / (M) Mixed" breakdowns.
    /// </summary>
    Ratings,

    /// <summary>
    /// A rating written by <c>value</c> (<c>G</c>, <c>Amber</c>, <c>CG</c> or <c>Complete</c>, <c>H</c>/<c>M</c>/<c>L</c>):
    /// the colour fill and the word.
    /// </summary>
    Rating,

    /// <summary>A trend written by <c>value</c> (<c>up</c>, <c>down</c>, <c>same</c>, <c>new</c>): an arrow and a word.</summary>
    Trend,

    /// <summary>The number of the page the anchor <c>value</c> names is on (a heading's <c>anchor:</c>): a contents page's page column.</summary>
    Page,
}

/// <summary>Starts a new page.</summary>
public sealed record PageBreakTemplate(SourceLocation Location) : TemplateBlock(Location);
