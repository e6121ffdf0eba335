using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Composition.Templates;

/// <summary>
/// A <c>width:</c> that is a share of the width beside its neighbours' (a layout column's, a table column's): a number
/// above 0, 1 when left out. A word, a per cent or a list gets advice about shares, not about a figure's format.
/// </summary>
internal static class RelativeWidth
{
    private const string Advice = "give a relative width above 0, such as 1.5 (the widths are shares: 1 and 2 give a third and two thirds)";

    public static double Read(YamlMap map)
    {
        if (map.Get("width") is not { } node)
        {
            return 1;
        }

        if (node is not YamlScalar { Value: var text })
        {
            map.Problems.Error(node.Location, $"'width' is {node.Kind}; {Advice}");
            return 1;
        }

        var number = NumberText.TryParse(text, out var width, out var percent) && !percent;
        if (!number || width <= 0)
        {
            map.Problems.Error(node.Location, $"'width' is {(number ? text : $"'{text}'")}; {Advice}");
            return 1;
        }

        return (double)width;
    }
}
