using ReportGen.Composition.Tests.Composition;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Core.Spc;

namespace ReportGen.Composition.Tests.Charts;

/// <summary>Havering's monthly figures (samples/havering/data/measures.csv), April 2015 to December 2016.</summary>
internal static class ChartData
{
    public static readonly decimal[] TnoMonths =
    [
        1215, 1300, 1390, 1420, 1352, 1376, 1530, 1512, 1478, 1445, 1390, 1462,
        1480, 1523, 1495, 1502, 1398, 1390, 1461, 1463, 1431,
    ];

    public static readonly decimal[] AsbMonths =
    [
        372, 410, 420, 520, 498, 450, 402, 380, 358, 341, 322, 377,
        420, 468, 504, 742, 781, 573, 489, 438, 395,
    ];

    /// <summary>Total notifiable offences at Q3 2016/17 with its monthly series.</summary>
    public static IndicatorResult Tno() => Fixtures.Tno() with { Series = Monthly(TnoMonths) };

    /// <summary>ASB incidents at Q3 2016/17 with its monthly series.</summary>
    public static IndicatorResult Asb() => Fixtures.Asb() with { Series = Monthly(AsbMonths) };

    /// <summary>An indicator with <paramref name="values"/> from April 2015 and its SPC analysis.</summary>
    public static IndicatorResult WithSpc(IndicatorResult result, IReadOnlyList<decimal> values, SpcSettings settings)
    {
        var series = Monthly(values);
        var spc = SpcAnalysis.Analyse([.. series.Select(p => (p.Period.ToString(), p.Figure.Value!.Value))], settings);
        return result with
        {
            Definition = result.Definition with { Spc = settings },
            Series = series,
            Spc = spc,
        };
    }

    /// <summary>Monthly points from April 2015.</summary>
    public static IReadOnlyList<SeriesPoint> Monthly(IReadOnlyList<decimal?> values) =>
        [.. values.Select((v, i) => new SeriesPoint(Period.ForMonth(new YearMonth(2015, 4).AddMonths(i)), new Aggregate(v)))];

    /// <summary>Monthly points from April 2015.</summary>
    public static IReadOnlyList<SeriesPoint> Monthly(IReadOnlyList<decimal> values) => Monthly([.. values.Select(v => (decimal?)v)]);
}
