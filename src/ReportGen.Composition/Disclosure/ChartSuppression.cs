using ReportGen.Composition.Charts;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Disclosure;

/// <summary>
/// A chart of an indicator with suppressed figures: each suppressed point is a gap, the alternative text says which,
/// and a note under the chart explains the gap with the <c>[c]</c> footnote. An SPC chart is not drawn at all once
/// a point is suppressed (its mean and limits would give the point away): a note stands in its place.
/// </summary>
internal static class ChartSuppression
{
    /// <summary>The suppressed points among those <paramref name="template"/> draws of <paramref name="result"/>.</summary>
    public static IReadOnlyList<Period> Hidden(IndicatorResult result, ChartTemplate template, Period reported)
    {
        IEnumerable<SeriesPoint> drawn = template.Kind switch
        {
            ChartTemplateKind.Bars => result.Series.TakeLast(template.Periods),
            ChartTemplateKind.ThisYearVsLastYear => result.Series.Where(p => p.Period.Year == reported.Year || p.Period.Year == reported.Year.Previous),
            _ => result.Series,
        };
        return [.. drawn.Where(p => p.Figure.Suppressed).Select(p => p.Period)];
    }

    /// <summary>The chart with its alternative text saying which points are suppressed, and the note that goes under it.</summary>
    public static (Chart Chart, Paragraph Note) Annotate(Chart chart, IReadOnlyList<Period> hidden)
    {
        var periods = ChartWords.List([.. hidden.Select(PeriodLabels.Long)]);
        var alt = chart.AltText.TrimEnd('.') + $"; the figure for {periods} is suppressed ({Confidential.Symbol}) and not drawn.";
        return (chart with { AltText = alt }, ConfidentialNotes.Note($"Not drawn: {periods}."));
    }

    /// <summary>What stands in for an SPC chart that is withheld.</summary>
    public static Paragraph SpcWithheld(IndicatorResult result) => ConfidentialNotes.Note(
        $"The SPC chart of {result.Definition.Title} is not shown: some of its figures are suppressed, and its mean and limits would give them away.");
}
