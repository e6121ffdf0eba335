using System.Text;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Text;

/// <summary>
/// Turns byte offsets into UTF-8 text into 1-based lines and columns, the column counted in characters
/// (UTF-16 code units, as editors that show "Col" mostly count). CR, LF and CR LF each end a line.
/// </summary>
internal sealed class LineMap
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    public LineMap(byte[] utf8, string path)
    {
        _utf8 = utf8;
        Path = path;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n' || (utf8[i] == (byte)'\r' && (i + 1 >= utf8.Length || utf8[i + 1] != (byte)'\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The path problems name.</summary>
    public string Path { get; }

    /// <summary>The location of the byte at <paramref name="offset"/>.</summary>
    public SourceLocation At(long offset)
    {
        var clamped = (int)Math.Clamp(offset, 0, _utf8.Length);
        var index = _lineStarts.BinarySearch(clamped);
        var line = index >= 0 ? index : ~index - 1;
        var start = _lineStarts[line];
        var column = Encoding.UTF8.GetCharCount(_utf8, start, clamped - start) + 1;
        return new SourceLocation(Path, line + 1, column);
    }

    /// <summary>The location of the start of 1-based <paramref name="line"/>.</summary>
    public SourceLocation Line(int line) => new(Path, line, 1);
}
