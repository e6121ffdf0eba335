using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>Writes headings, paragraphs and list items as Word paragraphs in named styles.</summary>
internal static class ParagraphWriter
{
    /// <summary>A heading in its built-in style; its anchor, if any, is a bookmark round its text.</summary>
    public static W.Paragraph Heading(Heading heading, DocxContext context)
    {
        var paragraph = Build(StyleIds.Heading(heading.Level), heading.Content, RunFormat.Plain, context);
        if (heading.Anchor is { } anchor)
        {
            var id = context.Bookmarks.NextId();
            paragraph.ParagraphProperties!.InsertAfterSelf(new W.BookmarkStart { Id = id, Name = context.Bookmarks.NameOf(anchor) });
            paragraph.AppendChild(new W.BookmarkEnd { Id = id });
        }

        return paragraph;
    }

    public static W.Paragraph Paragraph(Paragraph paragraph, DocxContext context)
    {
        var written = Build(paragraph.Style == ParagraphStyle.Note ? StyleIds.Note : null, paragraph.Content, RunFormat.Plain, context);
        if (paragraph.KeepWithNext)
        {
            // A title of what follows: Word keeps it, all its lines, on the page of the next paragraph or table row.
            Properties(written).KeepNext = new W.KeepNext();
            Properties(written).KeepLines = new W.KeepLines();
        }

        return written;
    }

    /// <summary>The items of a list, each a List Paragraph numbered by the list's own numbering instance.</summary>
    public static IEnumerable<W.Paragraph> List(ListBlock list, DocxContext context)
    {
        var numberingId = list.Ordered ? context.Numbering.NewOrderedList(inCell: false) : ListNumbering.Bullets(inCell: false);
        foreach (var item in list.Items)
        {
            var paragraph = Build(StyleIds.ListParagraph, item.Content, RunFormat.Plain, context);
            Numbered(paragraph, numberingId);
            yield return paragraph;
        }
    }

    /// <summary>A paragraph in <paramref name="styleId"/> (Normal when null) holding <paramref name="content"/>.</summary>
    public static W.Paragraph Build(string? styleId, IReadOnlyList<Inline> content, RunFormat format, DocxContext context)
    {
        var paragraph = new W.Paragraph();
        if (styleId is not null)
        {
            paragraph.ParagraphProperties = new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = styleId } };
        }

        paragraph.Append(InlineWriter.Write(content, format, context));
        return paragraph;
    }

    /// <summary>Makes <paramref name="paragraph"/> an item of numbering instance <paramref name="numberingId"/>.</summary>
    public static void Numbered(W.Paragraph paragraph, int numberingId) =>
        Properties(paragraph).NumberingProperties = new W.NumberingProperties(
            new W.NumberingLevelReference { Val = 0 },
            new W.NumberingId { Val = numberingId });

    /// <summary>The paragraph's properties, created if it has none.</summary>
    public static W.ParagraphProperties Properties(W.Paragraph paragraph) =>
        paragraph.ParagraphProperties ??= new W.ParagraphProperties();
}
