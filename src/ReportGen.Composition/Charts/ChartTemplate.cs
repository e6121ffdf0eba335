using ReportGen.Composition.Templates;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Charts;

/// <summary>
/// A <c>chart:</c> block: a chart of one indicator (<c>indicator: CSP1</c>), one chart for each of several
/// (<c>indicators: all</c>, optionally only some <c>units</c>), or the report's RAG counts. docs/templates.md has
/// the syntax.
/// </summary>
/// <param name="Location">Where the block is written.</param>
/// <param name="Kind">What the chart shows.</param>
public sealed record ChartTemplate(SourceLocation Location, ChartTemplateKind Kind) : TemplateBlock(Location)
{
    /// <summary>The indicator's id (Liquid: <c>{{ indicator.id }}</c> inside a per-indicator context).</summary>
    public string? Indicator { get; init; }

    /// <summary>Indicator ids, each getting its own chart; <c>all</c> for every indicator of the report.</summary>
    public IReadOnlyList<string>? Indicators { get; init; }

    /// <summary>With <see cref="Indicators"/>: only indicators of these units (empty for any).</summary>
    public IReadOnlyList<Unit> Units { get; init; } = [];

    /// <summary>The title (Liquid, with <c>indicator</c> in scope); <see langword="null"/> for the kind's default.</summary>
    public string? Title { get; init; }

    /// <summary>What the value axis says the values are; <see langword="null"/> for the unit's default.</summary>
    public string? AxisTitle { get; init; }

    /// <summary>The chart's size.</summary>
    public ChartSize Size { get; init; } = ChartSize.Default;

    /// <summary>For SPC charts: whether to draw the near (two-sigma) limits as well as the process limits.</summary>
    public bool NearLimits { get; init; }

    /// <summary>
    /// The chart's alternative text written by the author (Liquid, with <c>indicator</c> in scope and <c>alt</c>, the
    /// text ReportGen writes from the data, so that <c>"{{ alt }} The rise follows the festival."</c> adds to it);
    /// <see langword="null"/> for ReportGen's own.
    /// </summary>
    public string? Alt { get; init; }

    /// <summary>For bars: how many periods, up to the reported one.</summary>
    public int Periods { get; init; } = 12;

    /// <summary>The word that selects every indicator in <see cref="Indicators"/>.</summary>
    public const string All = "all";
}

/// <summary>What a <see cref="ChartTemplate"/> draws.</summary>
public enum ChartTemplateKind
{
    /// <summary>Lines of this financial year's figures against last year's, by month or quarter.</summary>
    ThisYearVsLastYear,

    /// <summary>An SPC (XmR) chart from the indicator's SPC analysis.</summary>
    Spc,

    /// <summary>Bars of the indicator's figures for the last <see cref="ChartTemplate.Periods"/> periods.</summary>
    Bars,

    /// <summary>Bars counting the indicators rated Red, Amber and Green (and not rated).</summary>
    RagCounts,

    /// <summary>Bars of each budget line of the finance register: budget, forecast outturn and spend to date.</summary>
    Finance,
}
