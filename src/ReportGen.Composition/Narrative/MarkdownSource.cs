using Markdig.Syntax;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Composition.Narrative;

/// <summary>A Markdown file's text with its lines, for slicing out the source of blocks verbatim.</summary>
internal sealed class MarkdownSource
{
    private readonly List<int> _lineStarts = [0];

    public MarkdownSource(string text, string path)
    {
        Text = text;
        Path = path;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string Text { get; }

    public string Path { get; }

    /// <summary>Where <paramref name="block"/> starts.</summary>
    public SourceLocation At(Block block) => new(Path, block.Line + 1, block.Column + 1);

    /// <summary>The start of the line <paramref name="block"/> is on: where a <see cref="Slice"/> from it begins.</summary>
    public SourceLocation LineStart(Block block) => new(Path, block.Line + 1, 1);

    /// <summary>The source from the start of the line of <paramref name="first"/> to the end of <paramref name="last"/>, trailing space removed.</summary>
    public string Slice(Block first, Block last)
    {
        var start = _lineStarts[Math.Min(first.Line, _lineStarts.Count - 1)];
        var end = Math.Min(last.Span.End + 1, Text.Length);
        return Text[start..end].TrimEnd();
    }

    /// <summary>A heading's text as written, trimmed (<c>Financial implications</c>).</summary>
    public string HeadingText(HeadingBlock heading) =>
        heading.Inline is { Span.Length: > 0 } inline && inline.Span.Start >= 0
            ? Text.Substring(inline.Span.Start, Math.Min(inline.Span.Length, Text.Length - inline.Span.Start)).Trim()
            : string.Empty;
}
