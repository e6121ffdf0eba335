using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Definitions;

/// <summary>
/// Reads <c>spc:</c> (contract section 6, and the <c>worsening_alert</c> of docs/spc.md) into <see cref="SpcSettings"/>,
/// checking every value against the engine's limits first, so that a wrong one is a problem at its line, never an
/// exception.
/// </summary>
internal static class SpcReader
{
    private const int MaxRun = 100;
    private const int MaxFixAfter = 1000;

    private static readonly string[] Keys =
    [
        "improvement", "fix_after", "rebase", "shift_length", "trend_length", "screen_outliers", "target", "worsening_alert",
    ];

    private static readonly string[] AlertKeys = ["moves", "beyond"];

    /// <summary>The settings; the engine's defaults where a value is missing or wrong (its problem is reported).</summary>
    public static SpcSettings Read(YamlNode node, int startMonth, bool allowPercent, ProblemList problems)
    {
        if (YamlValues.Mapping(node, "'spc'", problems) is not { } mapping)
        {
            return SpcSettings.Default;
        }

        var map = new YamlMap(mapping, "'spc'", Keys, problems);
        map.CheckKeys();
        return new SpcSettings
        {
            Improvement = map.Choice("improvement", Choices.Improvements),
            FixAfter = map.Integer("fix_after", SpcSettings.MinimumFixAfter, MaxFixAfter),
            Rebase = Rebase(map, startMonth),
            ShiftLength = map.Integer("shift_length", SpcSettings.MinimumRunLength, MaxRun) ?? SpcSettings.DefaultRunLength,
            TrendLength = map.Integer("trend_length", SpcSettings.MinimumRunLength, MaxRun) ?? SpcSettings.DefaultRunLength,
            ScreenOutliers = map.Boolean("screen_outliers") ?? true,
            Target = map.Number("target", allowPercent),
            WorseningAlert = map.Get("worsening_alert") is { } alert ? Alert(alert, problems) : null,
        };
    }

    private static List<string> Rebase(YamlMap map, int startMonth)
    {
        var periods = new List<string>();
        if (map.Get("rebase") is not { } rebase)
        {
            return periods;
        }

        foreach (var item in YamlValues.List(rebase, "'rebase'", singleAllowed: true, map.Problems) ?? [])
        {
            if (YamlValues.Text(item, "each entry of 'rebase'", map.Problems) is not { } text)
            {
                continue;
            }

            if (PeriodParser.TryParse(text, startMonth, out var period, out var error))
            {
                periods.Add(period.ToString());
            }
            else
            {
                map.Problems.Error(item.Location, error!);
            }
        }

        return periods;
    }

    private static SpcWorseningAlert? Alert(YamlNode node, ProblemList problems)
    {
        if (YamlValues.Mapping(node, "'worsening_alert'", problems) is not { } mapping)
        {
            return null;
        }

        var map = new YamlMap(mapping, "'worsening_alert'", AlertKeys, problems);
        map.CheckKeys();
        var moves = map.Require("moves", "say how many worsening moves in a row raise the alert, such as moves: 4") is { } movesNode
            ? YamlValues.Integer(movesNode, "'moves'", 1, MaxRun, problems)
            : null;
        var beyond = map.Choice("beyond", Choices.Levels) ?? SpcLevel.Mean;
        return moves is { } count ? new SpcWorseningAlert(count, beyond) : null;
    }
}
