using DocumentFormat.OpenXml;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>Writes runs of text, links and line breaks.</summary>
internal static class InlineWriter
{
    public static IEnumerable<OpenXmlElement> Write(IReadOnlyList<Inline> content, RunFormat format, DocxContext context)
    {
        foreach (var inline in content)
        {
            switch (inline)
            {
                case TextRun text:
                    yield return Run(text.Text, Properties(text.Bold || format.Bold, text.Italic, text.Color ?? format.Color, style: null));
                    break;
                case Hyperlink link when !LinkTargets.IsAllowed(link.Url):
                    // Composition keeps such links as text; one that reaches here anyway is written as text, never a relationship.
                    yield return Run(link.Text, Properties(format.Bold, false, format.Color, style: null));
                    break;
                case Hyperlink link:
                    yield return new W.Hyperlink(Run(link.Text, Properties(format.Bold, false, format.Color, StyleIds.Hyperlink)))
                    {
                        Id = context.AddHyperlink(link.Url),
                        History = OnOffValue.FromBoolean(true),
                    };
                    break;
                case LineBreak:
                    yield return new W.Run(new W.Break());
                    break;
                case AnchorLink link:
                    yield return new W.Hyperlink(Run(link.Text, Properties(format.Bold || link.Bold, false, format.Color, StyleIds.Hyperlink)))
                    {
                        Anchor = context.Bookmarks.NameOf(link.Anchor),
                        History = OnOffValue.FromBoolean(true),
                    };
                    break;
                case PageReference reference:
                    foreach (var run in Layout.PageNumberField.PageReference(
                        context.Bookmarks.NameOf(reference.Anchor),
                        context.Bookmarks.ExpectedPage(reference.Anchor),
                        Properties(format.Bold || reference.Bold, false, format.Color, style: null)))
                    {
                        yield return run;
                    }

                    break;
                default:
                    throw new ArgumentException($"The Word renderer does not know the inline {inline.GetType().Name}.", nameof(content));
            }
        }
    }

    /// <summary>
    /// A run of text; the text keeps its leading and trailing spaces. Text from users' files may still hold line
    /// breaks, tabs or control characters: breaks and tabs become Word's, other characters XML cannot hold are
    /// dropped rather than failing the whole document.
    /// </summary>
    public static W.Run Run(string text, W.RunProperties? properties = null)
    {
        var run = new W.Run();
        if (properties is not null)
        {
            run.Append(properties);
        }

        run.Append(RunText.Split(text));
        return run;
    }

    private static W.RunProperties? Properties(bool bold, bool italic, Rgb? color, string? style)
    {
        if (!bold && !italic && color is null && style is null)
        {
            return null;
        }

        return new W.RunProperties
        {
            RunStyle = style is null ? null : new W.RunStyle { Val = style },
            Bold = bold ? new W.Bold() : null,
            BoldComplexScript = bold ? new W.BoldComplexScript() : null,
            Italic = italic ? new W.Italic() : null,
            ItalicComplexScript = italic ? new W.ItalicComplexScript() : null,
            Color = color is { } c ? new W.Color { Val = c.Hex } : null,
        };
    }
}
