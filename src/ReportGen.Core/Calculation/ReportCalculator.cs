using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Core.Calculation;

/// <summary>
/// The calculation core: from indicator definitions and data rows to every figure, target, rating and direction
/// of travel of a report, as docs/calculation.md specifies. Pure: no I/O, no clock, no culture.
/// </summary>
public static class ReportCalculator
{
    /// <summary>
    /// Works out every indicator for <paramref name="period"/> (a quarter or a month). Results come in definition
    /// order; what the calculation had to leave blank or out comes back as warnings that start with the
    /// indicator's id ("CSP1: no data for 2016-11, so the 2016/17 Q3 figure is blank").
    /// </summary>
    /// <param name="definitions">The report's indicators.</param>
    /// <param name="observations">The data rows (rows for other indicators are ignored).</param>
    /// <param name="period">The reported quarter or month.</param>
    public static ReportResults Calculate(
        IReadOnlyList<IndicatorDefinition> definitions, IReadOnlyList<Observation> observations, Period period)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(observations);

        var byIndicator = observations
            .GroupBy(row => row.IndicatorId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<Observation>)[.. group], StringComparer.Ordinal);
        var warnings = new List<Problem>();
        var results = new List<IndicatorResult>(definitions.Count);
        foreach (var definition in definitions)
        {
            var rows = byIndicator.GetValueOrDefault(definition.Id) ?? [];
            results.Add(IndicatorCalculator.Calculate(definition, rows, period, warnings));
        }

        HistoryWarnings.Add(results, period, warnings);
        return new ReportResults(period, results, RagSummary.For(results), warnings);
    }
}
