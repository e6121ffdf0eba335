using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Definitions;

/// <summary>
/// Reads the keys of the figures beyond the contract's: <c>cumulative_from</c>, <c>rank</c>, <c>equality_gap</c>
/// and <c>survey</c> (docs/project-files.md).
/// </summary>
internal static class AnalyticsReader
{
    private static readonly string[] RankKeys = ["among", "self"];
    private static readonly string[] GapKeys = ["groups", "band", "red_beyond"];
    private static readonly string[] SurveyKeys = ["confidence", "compare"];

    /// <summary><c>cumulative_from: 2014-04</c>: a month, or a quarter or financial year standing for its first month.</summary>
    public static YearMonth? CumulativeFrom(YamlNode node, int startMonth, ProblemList problems)
    {
        if (YamlValues.Text(node, "'cumulative_from'", problems) is not { } text)
        {
            return null;
        }

        if (!PeriodParser.TryParse(text, startMonth, out var period, out var error))
        {
            problems.Error(node.Location, $"{error} (cumulative_from is the first month to add up, such as 2014-04)");
            return null;
        }

        return period.Span.First;
    }

    /// <summary><c>rank: { among: breakdowns, self: "City of London" }</c>.</summary>
    public static RankSettings? Rank(YamlNode node, ProblemList problems)
    {
        if (YamlValues.Mapping(node, "'rank'", problems) is not { } mapping)
        {
            return null;
        }

        var map = new YamlMap(mapping, "'rank'", RankKeys, problems);
        map.CheckKeys();
        map.Choice("among", Choices.Peers);
        var self = map.RequiredText("self", "name the breakdown group to rank, as the data writes it, such as self: City of London")?.Trim();
        return string.IsNullOrEmpty(self) ? null : new RankSettings(self);
    }

    /// <summary><c>equality_gap: { groups: [Black, Mixed], band: 5, red_beyond: 10 }</c>: bands in the unit (points for a percent).</summary>
    public static GapSettings? Gaps(YamlNode node, Unit unit, ProblemList problems)
    {
        if (YamlValues.Mapping(node, "'equality_gap'", problems) is not { } mapping)
        {
            return null;
        }

        var map = new YamlMap(mapping, "'equality_gap'", GapKeys, problems);
        map.CheckKeys();
        var groups = new List<string>();
        foreach (var item in map.Get("groups") is { } list ? YamlValues.List(list, "'groups'", singleAllowed: true, problems) ?? [] : [])
        {
            if (YamlValues.Text(item, "each of 'groups'", problems)?.Trim() is { Length: > 0 } name)
            {
                groups.Add(name);
            }
        }

        var band = map.Require("band", "give the largest gap that is on target, such as band: 5 (points for a percent)") is { } bandNode
            ? Amount(bandNode, "'band'", unit, problems)
            : null;
        var red = map.Get("red_beyond") is { } redNode ? Amount(redNode, "'red_beyond'", unit, problems) : null;
        if (red < band)
        {
            problems.Error(map.Get("red_beyond")!.Location, $"'red_beyond' is {red}, inside the band of {band}; write a larger gap than the band, or leave it out");
            red = null;
        }

        return band is { } width ? new GapSettings(width, groups, red) : null;
    }

    /// <summary><c>survey: { confidence: 95, compare: same_period_last_year }</c>.</summary>
    public static SurveySettings? Survey(YamlNode node, ProblemList problems)
    {
        if (YamlValues.Mapping(node, "'survey'", problems) is not { } mapping)
        {
            return null;
        }

        var map = new YamlMap(mapping, "'survey'", SurveyKeys, problems);
        map.CheckKeys();
        var confidence = map.Number("confidence", allowPercent: true);
        if (confidence is not null and (<= 0m or >= 100m))
        {
            problems.Error(map.Get("confidence")!.Location, $"'confidence' is {confidence}; write a level between 0 and 100, such as 95");
            confidence = null;
        }

        return new SurveySettings
        {
            Confidence = confidence ?? SurveySettings.DefaultConfidence,
            Compare = map.Choice("compare", Choices.Comparisons) ?? SurveyComparison.SamePeriodLastYear,
        };
    }

    // 5, "5%" (for a percent indicator: 5 points) or "5pp"; never negative.
    private static decimal? Amount(YamlNode node, string what, Unit unit, ProblemList problems)
    {
        var percent = unit == Unit.Percent;
        decimal? amount;
        if (node is YamlScalar { Value: { } text } && text.Trim().EndsWith("pp", StringComparison.OrdinalIgnoreCase))
        {
            if (!percent || !NumberText.TryParse(text.Trim()[..^2], out var points, out var sign) || sign)
            {
                problems.Error(node.Location, $"{what} is '{text}'; percentage points (pp) are for percent indicators: write a number in the indicator's unit, such as 5");
                return null;
            }

            amount = points;
        }
        else
        {
            amount = YamlValues.Number(node, what, percent, problems);
        }

        if (amount < 0m)
        {
            problems.Error(node.Location, $"{what} is {amount}, which is negative; a gap is measured either way, so write its size, such as 5");
            return null;
        }

        return amount;
    }
}
