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

    [Test]
    public void The_dot_summary_counts_each_direction_as_the_contract_s_example_shows()
    {
        // CSP1 worse both ways; CSP2 has no earlier figure, so no direction (none).
        var dots = Write(Havering()).GetProperty("dotSummary");
        Assert.Multiple(() =>
        {
            Assert.That(Counts(dots.GetProperty("short")), Is.EqualTo((0, 0, 1, 1)));
            Assert.That(Counts(dots.GetProperty("long")), Is.EqualTo((0, 0, 1, 1)));
        });
    }

    [Test]
    public void The_dot_summary_counts_what_the_rag_summary_counts()
    {
        // Short-term better, same and worse each once among the target indicators; a contextual indicator's
        // "better" is left out, as ragSummary leaves it out (as excluded), so both summaries speak of the same three.
        IndicatorResult R(string id, Direction? dotShort, Direction? dotLong, IndicatorType type = IndicatorType.Target) => new()
        {
            Definition = new IndicatorDefinition(id, id) { Type = type },
            DotShort = dotShort,
            DotLong = dotLong,
        };
        var indicators = new[]
        {
            R("A", Direction.Better, Direction.Worse), R("B", Direction.Same, Direction.Worse), R("C", Direction.Worse, null),
            R("D", Direction.Better, Direction.Better, IndicatorType.Contextual),
        };
        var root = Write(new ReportResults(Q3, indicators, RagSummary.For(indicators), []));
        var dots = root.GetProperty("dotSummary");
        Assert.Multiple(() =>
        {
            Assert.That(Counts(dots.GetProperty("short")), Is.EqualTo((1, 1, 1, 0)));
            Assert.That(Counts(dots.GetProperty("long")), Is.EqualTo((0, 0, 2, 1)));
            Assert.That(root.GetProperty("ragSummary").GetProperty("none").GetInt32(), Is.EqualTo(3));
            Assert.That(root.GetProperty("ragSummary").GetProperty("excluded").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public void The_dot_summary_follows_the_rag_summary_in_the_file()
    {
        var names = Write(Havering()).EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(names.IndexOf("dotSummary"), Is.EqualTo(names.IndexOf("ragSummary") + 1));
    }

    [Test]
    public void An_indicator_with_a_frequency_says_whether_it_is_due_and_others_are_as_before()
    {
        var annual = new IndicatorResult { Definition = new IndicatorDefinition("A", "Annual") { Frequency = ReportingFrequency.Annual }, NotDue = true };
        var plain = new IndicatorResult { Definition = new IndicatorDefinition("P", "Plain") };
        var indicators = Write(new ReportResults(Q3, [annual, plain], RagSummary.For([annual, plain]), [])).GetProperty("indicators");
        Assert.Multiple(() =>
        {
            Assert.That(indicators[0].GetProperty("frequency").GetString(), Is.EqualTo("annual"));
            Assert.That(indicators[0].GetProperty("due").GetBoolean(), Is.False);
            Assert.That(indicators[0].GetProperty("rag").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(indicators[1].TryGetProperty("due", out _), Is.False);
            Assert.That(indicators[1].TryGetProperty("frequency", out _), Is.False);
        });
    }

    [Test]
    public void The_rag_summary_counts_the_indicators_not_due_apart_within_none()
    {
        // An annual KPI at Q3 is not due; a due one without a figure is not rated; both are "none" as before, and
        // notDue says how many of them were not due, as the template counts (summary.not_due) do.
        var annual = new IndicatorResult { Definition = new IndicatorDefinition("A", "Annual") { Frequency = ReportingFrequency.Annual }, NotDue = true };
        var missing = new IndicatorResult { Definition = new IndicatorDefinition("M", "Missing") };
        var green = new IndicatorResult { Definition = new IndicatorDefinition("G", "Green"), Rag = Rag.Green };
        var results = new[] { annual, missing, green };
        var summary = Write(new ReportResults(Q3, results, RagSummary.For(results), [])).GetProperty("ragSummary");
        Assert.Multiple(() =>
        {
            Assert.That(summary.GetProperty("none").GetInt32(), Is.EqualTo(2), "none keeps its meaning: every unrated target indicator");
            Assert.That(summary.GetProperty("notDue").GetInt32(), Is.EqualTo(1), "of which one was not due");
            Assert.That(summary.GetProperty("green").GetInt32(), Is.EqualTo(1));
            Assert.That(summary.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "red", "amber", "green", "none", "excluded", "notDue" }), "the new key comes last");
        });
    }

    [Test]
    public void The_target_distance_method_is_written_in_snake_case()
    {
        var rule = RagRule.Default with { Method = RagMethod.TargetDistance, AmberWithin = new Tolerance(ToleranceKind.PercentOfTarget, 10) };
        var result = new IndicatorResult { Definition = new IndicatorDefinition("T", "T") { Rag = rule } };
        var indicator = Write(new ReportResults(Q3, [result], RagSummary.For([result]), [])).GetProperty("indicators")[0];
        Assert.That(indicator.GetProperty("ratingMethod").GetString(), Is.EqualTo("target_distance"));
    }

    private static (int Better, int Same, int Worse, int None) Counts(JsonElement counts) =>
        (counts.GetProperty("better").GetInt32(), counts.GetProperty("same").GetInt32(), counts.GetProperty("worse").GetInt32(), counts.GetProperty("none").GetInt32());

    [Test]
    public void A_provisional_indicator_says_so_and_a_final_one_is_as_before()
    {
        var provisional = new IndicatorResult { Definition = new IndicatorDefinition("P", "P"), Provisional = true };
        var final = new IndicatorResult { Definition = new IndicatorDefinition("F", "F") };
        var indicators = Write(new ReportResults(Q3, [provisional, final], RagSummary.For([provisional, final]), [])).GetProperty("indicators");
        Assert.Multiple(() =>
        {
            Assert.That(indicators[0].GetProperty("provisional").GetBoolean(), Is.True);
            Assert.That(indicators[1].TryGetProperty("provisional", out _), Is.False);
        });
    }
}
