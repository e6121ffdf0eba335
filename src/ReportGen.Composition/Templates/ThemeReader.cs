using ReportGen.Composition.Templates;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Composition.Templates;

/// <summary>Reads a template's <c>theme:</c>: arrows, RAG colours, direction colours and typography; anything left out keeps the default.</summary>
internal static class ThemeReader
{
    private static readonly string[] Keys = ["arrows", "rag", "better", "worse", "same", "font", "body_size", "small_size", "heading_sizes", "heading_color", "table_header", "rule_color"];
    private static readonly (string, ArrowConvention)[] Arrows = [("performance", ArrowConvention.Performance), ("value", ArrowConvention.Value)];

    public static TemplateTheme Read(YamlNode node, ProblemList problems)
    {
        var theme = TemplateTheme.Default;
        if (YamlValues.Mapping(node, "'theme'", problems) is not { } mapping)
        {
            return theme;
        }

        var map = new YamlMap(mapping, "'theme'", Keys, problems);
        map.CheckKeys();
        var style = theme.Style;
        var header = map.Map("table_header") is { } headerMap ? Pair(headerMap, "'table_header'", (style.TableHeaderBackground, style.TableHeaderForeground), problems) : (style.TableHeaderBackground, style.TableHeaderForeground);
        return theme with
        {
            Arrows = map.Choice("arrows", Arrows) ?? theme.Arrows,
            Rag = map.Map("rag") is { } rag ? RagColours(rag, theme, problems) : theme.Rag,
            Better = Colour(map, "better", problems) ?? theme.Better,
            Worse = Colour(map, "worse", problems) ?? theme.Worse,
            Same = Colour(map, "same", problems) ?? theme.Same,
            Style = style with
            {
                FontFamily = map.Text("font") ?? style.FontFamily,
                BodySize = (double?)map.Number("body_size", false) ?? style.BodySize,
                SmallSize = (double?)map.Number("small_size", false) ?? style.SmallSize,
                HeadingSizes = HeadingSizes(map, style.HeadingSizes, problems),
                HeadingColor = Colour(map, "heading_color", problems) ?? style.HeadingColor,
                TableHeaderBackground = header.Item1,
                TableHeaderForeground = header.Item2,
                RuleColor = Colour(map, "rule_color", problems) ?? style.RuleColor,
            },
        };
    }

    // heading_sizes: [16, 12, 10, 9]: levels 1 to 4, a shorter list keeping the defaults of the deeper levels.
    private static IReadOnlyList<double> HeadingSizes(YamlMap map, IReadOnlyList<double> fallback, ProblemList problems)
    {
        if (map.Get("heading_sizes") is not { } node
            || YamlValues.Numbers(node, "'heading_sizes'", allowPercent: false, problems) is not { } sizes)
        {
            return fallback;
        }

        if (sizes.Count is 0 or > 4 || sizes.Any(size => size is < 4 or > 72))
        {
            problems.Error(node.Location, $"'heading_sizes' is [{string.Join(", ", sizes.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)))}]; "
                + "give one to four sizes in points for heading levels 1 to 4, each from 4 to 72, such as [16, 12, 10]");
            return fallback;
        }

        return [.. sizes.Select(size => (double)size).Concat(fallback.Skip(sizes.Count))];
    }

    private static Dictionary<Rag, RagColours> RagColours(YamlMapping mapping, TemplateTheme theme, ProblemList problems)
    {
        var map = new YamlMap(mapping, "'rag'", ["red", "amber", "green"], problems);
        map.CheckKeys();
        var colours = new Dictionary<Rag, RagColours>(theme.Rag);
        foreach (var (key, rag) in new[] { ("red", Rag.Red), ("amber", Rag.Amber), ("green", Rag.Green) })
        {
            if (map.Map(key) is { } pair)
            {
                var (fill, text) = Pair(pair, $"'rag: {key}'", (colours[rag].Fill, colours[rag].Text), problems);
                colours[rag] = new RagColours(fill, text);
            }
        }

        return colours;
    }

    private static (Rgb, Rgb) Pair(YamlMapping mapping, string subject, (Rgb Fill, Rgb Text) fallback, ProblemList problems)
    {
        var map = new YamlMap(mapping, subject, ["fill", "text"], problems);
        map.CheckKeys();
        return (Colour(map, "fill", problems) ?? fallback.Fill, Colour(map, "text", problems) ?? fallback.Text);
    }

    private static Rgb? Colour(YamlMap map, string key, ProblemList problems)
    {
        if (map.Text(key) is not { } text)
        {
            return null;
        }

        if (Rgb.TryFromHex(text.Trim(), out var colour))
        {
            return colour;
        }

        problems.Error(map.Get(key)!.Location, $"'{key}' is '{text}', which is not a colour; write it as #RRGGBB, such as #D4351C");
        return null;
    }
}
