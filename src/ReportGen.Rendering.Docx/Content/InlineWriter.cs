using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>Writes runs of text, links and line breaks.</summary>
internal static class InlineWriter
{
    public static void Write(WordXml xml, IReadOnlyList<Inline> content, RunFormat format, DocxContext context)
    {
        foreach (var inline in content)
        {
            switch (inline)
            {
                case TextRun text:
                    Run(xml, text.Text, new RunLook(text.Bold || format.Bold, text.Italic, text.Color ?? format.Color, Style: null));
                    break;
                case Hyperlink link when !LinkTargets.IsAllowed(link.Url):
                    // Composition keeps such links as text; one that reaches here anyway is written as text, never a relationship.
                    Run(xml, link.Text, new RunLook(format.Bold, false, format.Color, Style: null));
                    break;
                case Hyperlink link:
                    xml.Start("hyperlink");
                    xml.Attribute("history", "true");
                    xml.RelationshipId(context.AddHyperlink(link.Url));
                    Run(xml, link.Text, new RunLook(format.Bold, false, format.Color, StyleIds.Hyperlink));
                    xml.End();
                    break;
                case LineBreak:
                    xml.Start("r");
                    xml.Empty("br");
                    xml.End();
                    break;
                case AnchorLink link:
                    xml.Start("hyperlink");
                    xml.Attribute("history", "true");
                    xml.Attribute("anchor", context.Bookmarks.NameOf(link.Anchor));
                    Run(xml, link.Text, new RunLook(format.Bold || link.Bold, false, format.Color, StyleIds.Hyperlink));
                    xml.End();
                    break;
                case PageReference reference:
                    var name = context.Bookmarks.NameOf(reference.Anchor);
                    var expected = context.Bookmarks.ExpectedPage(reference.Anchor);
                    foreach (var run in Layout.PageNumberField.PageReference(name, expected, new RunLook(format.Bold || reference.Bold, false, format.Color, Style: null).Element()))
                    {
                        xml.Element(run);
                    }

                    break;
                default:
                    throw new ArgumentException($"The Word renderer does not know the inline {inline.GetType().Name}.", nameof(content));
            }
        }
    }

    /// <summary>A run of text (<see cref="RunText"/>); the text keeps its leading and trailing spaces.</summary>
    private static void Run(WordXml xml, string text, RunLook look)
    {
        xml.Start("r");
        look.Write(xml);
        RunText.Write(xml, text);
        xml.End();
    }

    /// <summary>
    /// A run of text as an element, for the parts still built with the Open XML SDK (headers, footers, fields); the
    /// text keeps its leading and trailing spaces.
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

    /// <summary>A run's properties: its character style, bold, italic and colour.</summary>
    private readonly record struct RunLook(bool Bold, bool Italic, Rgb? Color, string? Style)
    {
        private bool IsPlain => !Bold && !Italic && Color is null && Style is null;

        /// <summary>Writes <c>w:rPr</c>, or nothing for a plain run.</summary>
        public void Write(WordXml xml)
        {
            if (IsPlain)
            {
                return;
            }

            xml.Start("rPr");
            if (Style is not null)
            {
                xml.Value("rStyle", Style);
            }

            if (Bold)
            {
                xml.Empty("b");
                xml.Empty("bCs");
            }

            if (Italic)
            {
                xml.Empty("i");
                xml.Empty("iCs");
            }

            if (Color is { } color)
            {
                xml.Value("color", color.Hex);
            }

            xml.End();
        }

        /// <summary>The same properties as an element, or null for a plain run.</summary>
        public W.RunProperties? Element() => IsPlain ? null : new W.RunProperties
        {
            RunStyle = Style is null ? null : new W.RunStyle { Val = Style },
            Bold = Bold ? new W.Bold() : null,
            BoldComplexScript = Bold ? new W.BoldComplexScript() : null,
            Italic = Italic ? new W.Italic() : null,
            ItalicComplexScript = Italic ? new W.ItalicComplexScript() : null,
            Color = Color is { } c ? new W.Color { Val = c.Hex } : null,
        };
    }
}
