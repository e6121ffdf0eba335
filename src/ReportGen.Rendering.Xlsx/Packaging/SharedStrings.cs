using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportGen.Rendering.Xlsx.Packaging;

/// <summary>The workbook's shared strings, each once, in the order the cells first use them.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private int _uses;

    /// <summary>The index of <paramref name="text"/>, added when new.</summary>
    public int Of(string text)
    {
        _uses++;
        if (!_index.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _strings.Add(text);
            _index.Add(text, index);
        }

        return index;
    }

    public SharedStringTable Build() =>
        new(_strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })))
        {
            Count = (uint)_uses,
            UniqueCount = (uint)_strings.Count,
        };
}
