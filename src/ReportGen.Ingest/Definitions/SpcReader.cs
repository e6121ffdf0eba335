using ReportGen.Core.Periods;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Definitions;

/// <summary>
/// Checks <c>spc:</c> (contract section 6) for unknown keys and wrong values, then sets it aside with a
/// warning: SPC analysis is not available yet.
/// </summary>
internal static class SpcReader
{
    private static readonly string[] Keys =
    [
        "improvement", "fix_after", "rebase", "shift_length", "trend_length", "screen_outliers", "target",
    ];

    public static void Check(YamlNode node, int startMonth, bool allowPercent, ProblemList problems)
    {
        if (YamlValues.Mapping(node, "'spc'", problems) is { } mapping)
        {
            var map = new YamlMap(mapping, "'spc'", Keys, problems);
            map.CheckKeys();
            map.Choice("improvement", Choices.Improvements);
            map.Integer("fix_after", 2, 1000);
            map.Integer("shift_length", 2, 100);
            map.Integer("trend_length", 2, 100);
            map.Boolean("screen_outliers");
            map.Number("target", allowPercent);
            if (map.Get("rebase") is { } rebase)
            {
                foreach (var item in YamlValues.List(rebase, "'rebase'", singleAllowed: true, problems) ?? [])
                {
                    if (YamlValues.Text(item, "each entry of 'rebase'", problems) is { } text
                        && !PeriodParser.TryParse(text, startMonth, out _, out var error))
                    {
                        problems.Error(item.Location, error!);
                    }
                }
            }
        }

        problems.Warning(node.Location, "SPC analysis is not available yet; 'spc' is read but ignored");
    }
}
