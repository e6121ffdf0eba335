using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Composition.Charts;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Documents.Model;
using ReportGen.Ingest.Definitions;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Composition.Templates;

/// <summary>
/// Reads a <c>chart</c> block: its kind, which indicator (or indicators, or units of them), its title, axis title
/// and size (<c>height: 6cm</c>, <c>width: 50%</c>), near limits for SPC charts and how many periods bars show.
/// </summary>
internal static partial class ChartReader
{
    private static readonly string[] Keys = ["kind", "indicator", "indicators", "units", "title", "axis_title", "height", "width", "near_limits", "periods", "alt"];

    private static readonly (string, ChartTemplateKind)[] Kinds =
    [
        ("this-year-vs-last-year", ChartTemplateKind.ThisYearVsLastYear), ("spc", ChartTemplateKind.Spc),
        ("bars", ChartTemplateKind.Bars), ("rag-counts", ChartTemplateKind.RagCounts), ("finance", ChartTemplateKind.Finance),
    ];

    /// <summary>The points in each unit a length may be written in.</summary>
    private static readonly Dictionary<string, double> PointsPer = new(StringComparer.Ordinal)
    {
        ["cm"] = 72 / 2.54,
        ["mm"] = 72 / 25.4,
        ["in"] = 72,
        ["pt"] = 1,
    };

    /// <summary>The shortest and tallest a chart may be, in points (3 cm and 25 cm).</summary>
    private static readonly (double Min, double Max) Heights = (3 * 72 / 2.54, 25 * 72 / 2.54);

    public static ChartTemplate? Read(YamlNode node, SourceLocation location, ProblemList problems)
    {
        if (YamlValues.Mapping(node, "'chart'", problems) is not { } mapping)
        {
            return null;
        }

        var map = new YamlMap(mapping, "'chart'", Keys, problems);
        map.CheckKeys();
        if (map.Require("kind", $"write one of {string.Join(", ", Kinds.Select(k => k.Item1))}") is null)
        {
            return null;
        }

        var kind = map.Choice("kind", Kinds);
        if (kind is null)
        {
            return null;
        }

        var indicator = map.Text("indicator");
        var indicators = Indicators(map, problems);
        if (indicator is not null && indicators is not null)
        {
            problems.Error(map.Get("indicators")!.Location, "a chart takes 'indicator' (one) or 'indicators' (a chart each), not both");
        }
        else if (indicator is null && indicators is null && kind is not (ChartTemplateKind.RagCounts or ChartTemplateKind.Finance))
        {
            problems.Error(location, "say which indicator the chart draws: indicator: CSP1, or indicators: all (a chart for each)");
        }

        var size = ChartSize.Default;
        return new ChartTemplate(location, kind.Value)
        {
            Indicator = indicator,
            Indicators = indicators,
            Units = Units(map, problems),
            Title = map.Text("title"),
            AxisTitle = map.Text("axis_title"),
            Size = new ChartSize(Width(map, problems) ?? size.WidthFraction, Height(map, problems) ?? size.Height),
            NearLimits = map.Boolean("near_limits") ?? false,
            Periods = map.Integer("periods", 2, 120) ?? 12,
            Alt = map.Text("alt"),
        };
    }

    private static IReadOnlyList<string>? Indicators(YamlMap map, ProblemList problems)
    {
        if (map.Get("indicators") is not { } node || YamlValues.List(node, "'indicators'", singleAllowed: true, problems) is not { } items)
        {
            return null;
        }

        return [.. items.Select(item => YamlValues.Text(item, "an entry of 'indicators'", problems)).OfType<string>()];
    }

    private static IReadOnlyList<Unit> Units(YamlMap map, ProblemList problems)
    {
        if (map.Get("units") is not { } node || YamlValues.List(node, "'units'", singleAllowed: true, problems) is not { } items)
        {
            return [];
        }

        return [.. items.Select(item => YamlValues.Choice(item, "an entry of 'units'", Choices.Units, problems)).OfType<Unit>()];
    }

    private static double? Height(YamlMap map, ProblemList problems)
    {
        if (map.Text("height") is not { } text)
        {
            return null;
        }

        var match = Length().Match(text);
        if (!match.Success)
        {
            problems.Error(map.Get("height")!.Location, $"'height' is '{text}'; write a length such as 6cm, 60mm, 2.5in or 170pt");
            return null;
        }

        var points = double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) * PointsPer[match.Groups["unit"].Value.ToLowerInvariant()];
        if (points < Heights.Min || points > Heights.Max)
        {
            problems.Error(map.Get("height")!.Location, $"'height' is '{text}'; a chart is from 3cm to 25cm tall");
            return null;
        }

        return points;
    }

    private static double? Width(YamlMap map, ProblemList problems)
    {
        if (map.Text("width") is not { } text)
        {
            return null;
        }

        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        var number = percent ? trimmed[..^1] : trimmed;
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            var fraction = percent ? value / 100 : value;
            if (fraction is > 0 and <= 1)
            {
                return fraction;
            }
        }

        problems.Error(map.Get("width")!.Location, $"'width' is '{text}'; write a share of the text width such as 50% or 0.5 (at most 100%)");
        return null;
    }

    [GeneratedRegex(@"^\s*(?<number>\d+(\.\d+)?)\s*(?<unit>cm|mm|in|pt)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Length();
}
