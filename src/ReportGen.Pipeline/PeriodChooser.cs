using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;

namespace ReportGen.Pipeline;

/// <summary>
/// Turns <c>--quarter</c>, <c>--month</c> and <c>--year</c> into the period to build. Without <c>--year</c> the
/// latest financial year with data for that quarter is taken; a period with no data at all is a bad request
/// (exit code 2), since building it could only give an empty pack.
/// </summary>
internal static class PeriodChooser
{
    public static Period? Choose(BuildRequest request, IReadOnlyList<Observation> observations, int startMonth, List<Problem> problems)
    {
        Period period;
        if (request.Month is { } month)
        {
            period = Period.ForMonth(month, startMonth);
        }
        else if (request.Quarter is not { } quarter)
        {
            problems.Add(Problem.Error(null, "give the period to build: --quarter Q1..Q4 or --month YYYY-MM"));
            return null;
        }
        else if (request.Year is { } yearText)
        {
            if (!PeriodParser.TryParseFinancialYear(yearText, startMonth, out var year, out var error))
            {
                problems.Add(Problem.Error(null, $"--year {error}"));
                return null;
            }

            period = Period.ForQuarter(year, quarter);
        }
        else if (PeriodSelection.LatestYearWithData(observations, quarter, startMonth) is { } latest)
        {
            period = Period.ForQuarter(latest, quarter);
        }
        else
        {
            problems.Add(Problem.Error(null, $"no indicator has data for Q{quarter} of any financial year; {DataRange(observations)}"));
            return null;
        }

        if (!observations.Any(o => o.HasFigure && period.Span.Contains(o.Period.Span)))
        {
            problems.Add(Problem.Error(null, $"no indicator has data for {period}; {DataRange(observations)}"));
            return null;
        }

        return period;
    }

    private static string DataRange(IReadOnlyList<Observation> observations)
    {
        var withFigures = observations.Where(o => o.HasFigure).ToList();
        return withFigures.Count == 0
            ? "the data have no figures at all"
            : $"the data run from {withFigures.Min(o => o.Period.Span.First)} to {withFigures.Max(o => o.Period.Span.Last)}";
    }
}
