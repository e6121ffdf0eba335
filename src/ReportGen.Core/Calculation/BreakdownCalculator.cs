using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Core.Calculation;

/// <summary>
/// Works out each breakdown group (ethnicity, ward …) on its own, the same way as the whole, over the period
/// and the year to date. Groups are ordered by name (ordinal); groups whose rows carry no figure are left out.
/// </summary>
internal static class BreakdownCalculator
{
    private static readonly Figure[] Wanted = [Figure.Period, Figure.Ytd];

    /// <summary>The figures of every group among <paramref name="breakdownRows"/>.</summary>
    public static IReadOnlyList<BreakdownResult> Calculate(
        IndicatorDefinition definition, IEnumerable<Observation> breakdownRows, Period period, ICollection<Problem> warnings)
    {
        var results = new List<BreakdownResult>();
        var groups = breakdownRows
            .GroupBy(row => row.Breakdown!.Trim(), StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var subject = $"{definition.Id} ({group.Key})";
            var series = SeriesBuilder.Build(subject, group, definition.Aggregation, definition.Unit, warnings);
            if (series.IsEmpty)
            {
                continue;
            }

            var figures = Figures.Of(series, period, definition.Aggregation, definition.Unit, Wanted);
            BlankFigureWarnings.Add(series, figures, period, warnings);
            results.Add(new BreakdownResult(group.Key, figures[Figure.Period].Aggregate, figures[Figure.Ytd].Aggregate));
        }

        return results;
    }
}
