using System.Text.Json;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Rendering.Results.Json;

namespace ReportGen.Rendering.Results.Tests;

public sealed class ResultsJsonWriterTests
{
    private static readonly Period Q3 = Period.ForQuarter(new FinancialYear(2016), 3);

    private static JsonElement Write(ReportResults results)
    {
        using var stream = new MemoryStream();
        ResultsJsonWriter.Write(results, stream);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    private static ReportResults Havering()
    {
        var tno = new IndicatorResult
        {
            Definition = new IndicatorDefinition("CSP1", "Total notifiable offences") { Polarity = Polarity.Lower },
            Period = new Aggregate(4355m),
            PreviousPeriod = new Aggregate(4290m),
            SamePeriodLastYear = new Aggregate(4520m),
            Ytd = new Aggregate(13143.00m),
            YtdLastYear = new Aggregate(12573m),
            YtdChangePercent = (13143m - 12573m) / 12573m * 100m,
            Target = 12375m,
            Rag = Rag.Red,
            DotShort = Direction.Worse,
            DotLong = Direction.Worse,
        };
        var marac = new IndicatorResult
        {
            Definition = new IndicatorDefinition("CSP2", "Repeat MARAC referrals") { Unit = Unit.Percent, Aggregation = Aggregation.Ratio },
            Period = new Aggregate(17m * 100m / 59m, 17m, 59m),
            Ytd = new Aggregate(47m * 100m / 183m, 47m, 183m),
        };
        return new ReportResults(Q3, [tno, marac], RagSummary.Of([Rag.Red, null]), Array.Empty<Problem>());
    }

    [Test]
    public void The_contract_fields_carry_the_figures_unrounded()
    {
        var csp1 = Write(Havering()).GetProperty("indicators")[0];

        Assert.That(csp1.GetProperty("id").GetString(), Is.EqualTo("CSP1"));
        Assert.That(csp1.GetProperty("periodValue").GetDecimal(), Is.EqualTo(4355m));
        Assert.That(csp1.GetProperty("previousPeriodValue").GetDecimal(), Is.EqualTo(4290m));
        Assert.That(csp1.GetProperty("samePeriodLastYearValue").GetDecimal(), Is.EqualTo(4520m));
        Assert.That(csp1.GetProperty("ytdValue").GetRawText(), Is.EqualTo("13143"), "trailing zeros are dropped");
        Assert.That(csp1.GetProperty("ytdLastYearValue").GetDecimal(), Is.EqualTo(12573m));
        Assert.That(csp1.GetProperty("ytdChangePercent").GetDouble(), Is.EqualTo(4.5335).Within(0.0001));
        Assert.That(csp1.GetProperty("target").GetDecimal(), Is.EqualTo(12375m));
        Assert.That(csp1.GetProperty("rag").GetString(), Is.EqualTo("Red"));
        Assert.That(csp1.GetProperty("dotShort").GetString(), Is.EqualTo("worse"));
        Assert.That(csp1.GetProperty("dotLong").GetString(), Is.EqualTo("worse"));
    }

    [Test]
    public void Figures_that_cannot_be_had_are_null_not_absent()
    {
        var csp2 = Write(Havering()).GetProperty("indicators")[1];

        foreach (var name in new[] { "previousPeriodValue", "samePeriodLastYearValue", "ytdLastYearValue", "ytdChangePercent", "target", "rag", "dotShort", "dotLong" })
        {
            Assert.That(csp2.GetProperty(name).ValueKind, Is.EqualTo(JsonValueKind.Null), name);
        }
    }

    [Test]
    public void Rates_are_in_display_units_with_their_parts()
    {
        var csp2 = Write(Havering()).GetProperty("indicators")[1];

        Assert.That(csp2.GetProperty("periodValue").GetDouble(), Is.EqualTo(28.8136).Within(0.0001), "17 of 59 is 28.81…, not 0.288…");
        Assert.That(csp2.GetProperty("periodNumerator").GetDecimal(), Is.EqualTo(17m));
        Assert.That(csp2.GetProperty("periodDenominator").GetDecimal(), Is.EqualTo(59m));
        Assert.That(csp2.GetProperty("ytdValue").GetDouble(), Is.EqualTo(25.683).Within(0.001));
    }

    [Test]
    public void The_header_names_the_year_and_quarter_and_the_summary_counts_ratings()
    {
        var root = Write(Havering());

        Assert.That(root.GetProperty("financialYear").GetString(), Is.EqualTo("2016/17"));
        Assert.That(root.GetProperty("period").GetString(), Is.EqualTo("Q3"));
        var summary = root.GetProperty("ragSummary");
        Assert.That(summary.GetProperty("red").GetInt32(), Is.EqualTo(1));
        Assert.That(summary.GetProperty("amber").GetInt32(), Is.Zero);
        Assert.That(summary.GetProperty("green").GetInt32(), Is.Zero);
        Assert.That(summary.GetProperty("none").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public void A_monthly_pack_names_its_month()
    {
        var december = Period.ForMonth(new YearMonth(2016, 12));
        var root = Write(new ReportResults(december, [], RagSummary.Of([]), []));

        Assert.That(root.GetProperty("period").GetString(), Is.EqualTo("2016-12"));
        Assert.That(root.GetProperty("financialYear").GetString(), Is.EqualTo("2016/17"));
    }
}
