using System.Text.Json;
using ReportGen.Core.Analytics;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Rendering.Results.Json;

namespace ReportGen.Rendering.Results.Tests;

/// <summary>Suppressed figures in results.json: <c>null</c>, and named in the object's <c>suppressed</c> list.</summary>
public sealed class SuppressedJsonTests
{
    private static readonly Period Q3 = Period.ForQuarter(new FinancialYear(2016), 3);

    private static JsonElement Write(IndicatorResult result, string? edition = null)
    {
        using var stream = new MemoryStream();
        ResultsJsonWriter.Write(new ReportResults(Q3, [result], RagSummary.For([result]), []), stream, edition);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    private static IndicatorResult Homicide() => new()
    {
        Definition = new IndicatorDefinition("HOM", "Homicide") { Polarity = Polarity.Lower },
        Period = new Aggregate(0m),
        Ytd = Aggregate.Confidential,
        YtdLastYear = new Aggregate(6m),
        Target = 2m,
        Withheld = Withheld.Rating | Withheld.YtdChange | Withheld.DotLong,
        Breakdowns = [new BreakdownResult("North", Aggregate.Confidential, new Aggregate(5m))],
        Gaps = [new EqualityGap("North", null, null, null) { Suppressed = true }],
    };

    [Test]
    public void Suppressed_figures_are_null_and_named_in_suppressed()
    {
        var json = Write(Homicide()).GetProperty("indicators")[0];
        Assert.That(json.GetProperty("ytdValue").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(json.GetProperty("periodValue").GetDecimal(), Is.Zero, "a zero is shown");
        Assert.That(json.GetProperty("suppressed").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[]
        {
            "ytdValue", "ytdChangePercent", "rag", "dotLong", "ratedValue", "offTarget", "ragLabel",
        }));
    }

    [Test]
    public void A_breakdown_group_and_an_equality_gap_say_what_of_theirs_is_suppressed()
    {
        var json = Write(Homicide()).GetProperty("indicators")[0];
        Assert.That(json.GetProperty("breakdowns")[0].GetRawText(), Is.EqualTo("""{"breakdown":"North","periodValue":null,"ytdValue":5,"suppressed":["periodValue"]}""").IgnoreWhiteSpace);
        Assert.That(json.GetProperty("equalityGaps")[0].GetProperty("suppressed").GetBoolean(), Is.True);
    }

    [Test]
    public void Nothing_suppressed_is_an_empty_list_and_the_edition_is_named_when_given()
    {
        var plain = Homicide() with { Ytd = new Aggregate(2m), Withheld = Withheld.None, Breakdowns = [], Gaps = [] };
        var json = Write(plain, "public");
        Assert.That(json.GetProperty("indicators")[0].GetProperty("suppressed").GetArrayLength(), Is.Zero);
        Assert.That(json.GetProperty("edition").GetString(), Is.EqualTo("public"));
        Assert.That(Write(plain).TryGetProperty("edition", out _), Is.False);
    }
}
