using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;

namespace ReportGen.Pipeline.Stages;

/// <summary>
/// Stage 2: the period to build, from the request and the project's data. No period at all is the latest quarter
/// that has data; a quarter without a year is the latest financial year with data for that quarter; the year's label is resolved against the project's first month (a
/// year starting in January is written <c>2016</c>). A period with no data at all is a bad request (exit code 2),
/// since building it could only give an empty pack.
/// </summary>
internal static class ChoosePeriod
{
    public static Period? Run(PeriodRequest request, IReadOnlyList<Observation> observations, int startMonth, List<Problem> problems)
    {
        Period period;
        if (request.IsLatestQuarter)
        {
            if (PeriodSelection.LatestQuarterWithData(observations, startMonth) is not { } latestQuarter)
            {
                problems.Add(Problem.Error(null, $"no quarter has data to build, so give the period: --quarter Q1..Q4 (with --year), or --month; {DataRange(observations)}"));
                return null;
            }

            period = latestQuarter;
        }
        else if (request.Month is { } month)
        {
            period = Period.ForMonth(month, startMonth);
        }
        else if (request.Year is { } label)
        {
            if (!label.TryResolve(startMonth, out var year, out var error))
            {
                problems.Add(Problem.Error(null, $"--year {error}"));
                return null;
            }

            period = Period.ForQuarter(year, request.Quarter!.Value);
        }
        else if (PeriodSelection.LatestYearWithData(observations, request.Quarter!.Value, startMonth) is { } latest)
        {
            period = Period.ForQuarter(latest, request.Quarter.Value);
        }
        else
        {
            problems.Add(Problem.Error(null, $"no indicator has data for Q{request.Quarter} of any financial year; {DataRange(observations)}"));
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
