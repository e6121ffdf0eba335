using ReportGen.Core.Analytics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;

namespace ReportGen.Core.Calculation;

/// <summary>
/// Works out a survey indicator's statistics from the parts of its rates: the Wilson interval of the rated rate
/// (the year to date or the period, by basis) and a two-proportion test against the comparison the settings name.
/// Against the same period last year, the rated figure is tested (the YTD against last year's YTD); against the
/// previous period, the period's own figure is (two overlapping years to date are not independent samples).
/// </summary>
internal static class SurveyStatistics
{
    /// <summary>The statistics of <paramref name="result"/>, or <see langword="null"/> when the definition asks for none or it is not a ratio.</summary>
    public static SurveyResult? Of(IndicatorResult result)
    {
        var definition = result.Definition;
        if (definition.Survey is not { } settings || definition.Aggregation != Aggregation.Ratio)
        {
            return null;
        }

        var rated = definition.Rag.Basis == RatingBasis.Ytd ? result.Ytd : result.Period;
        var (current, earlier) = settings.Compare switch
        {
            SurveyComparison.PreviousPeriod => (result.Period, result.PreviousPeriod),
            _ => definition.Rag.Basis == RatingBasis.Ytd ? (result.Ytd, result.YtdLastYear) : (result.Period, result.SamePeriodLastYear),
        };

        var confidence = (double)settings.Confidence;
        var scale = definition.Unit == Unit.Percent ? 100.0 : 1.0;
        var interval = rated is { Numerator: { } x, Denominator: { } n } ? WilsonInterval.Of((double)x, (double)n, confidence) : null;
        var test = current is { Numerator: { } x1, Denominator: { } n1 } && earlier is { Numerator: { } x2, Denominator: { } n2 }
            ? TwoProportionTest.Test((double)x1, (double)n1, (double)x2, (double)n2)
            : null;
        var alpha = 1.0 - (confidence / 100.0);

        return new SurveyResult
        {
            Confidence = settings.Confidence,
            CiLow = Decimal(interval?.Low * scale),
            CiHigh = Decimal(interval?.High * scale),
            ComparedWith = settings.Compare,
            Comparison = earlier,
            Change = current.Value - earlier.Value,
            Z = Decimal(test?.Z),
            PValue = Decimal(test?.PValue),
            Significant = test is { } t ? t.PValue < alpha : null,
        };
    }

    private static decimal? Decimal(double? value) => value is { } v && double.IsFinite(v) ? (decimal)v : null;
}
