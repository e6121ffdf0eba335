using Markdig;
using Markdig.Syntax;

namespace ReportGen.Composition.Text;

/// <summary>
/// Parses Markdown, turning Markdig's depth limit (an <see cref="ArgumentException"/> for quotes, lists, brackets or
/// emphasis nested hundreds deep) into a user's mistake with a line, instead of an internal error.
/// </summary>
internal static class MarkdownDepth
{
    /// <summary>What is wrong and what would be right, for messages.</summary>
    public const string Message =
        "this Markdown is nested too deeply (quotes, lists, brackets or emphasis inside one another, hundreds deep); write it flatter";

    /// <summary>The document, or <see langword="null"/> when it is nested too deeply, with the 1-based line where it first is (1 when no one line is).</summary>
    public static MarkdownDocument? TryParse(string text, MarkdownPipeline pipeline, out int line)
    {
        line = 0;
        try
        {
            return Markdown.Parse(text, pipeline);
        }
        catch (ArgumentException)
        {
            line = FirstTooDeepLine(text, pipeline);
            return null;
        }
    }

    private static int FirstTooDeepLine(string text, MarkdownPipeline pipeline)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            try
            {
                Markdown.Parse(lines[i], pipeline);
            }
            catch (ArgumentException)
            {
                return i + 1;
            }
        }

        return 1;
    }
}
