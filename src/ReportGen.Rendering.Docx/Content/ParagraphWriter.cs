using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Styles;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>Writes headings, paragraphs and list items as Word paragraphs in named styles.</summary>
internal static class ParagraphWriter
{
    /// <summary>A heading in its built-in style; its anchor, if any, is a bookmark round its text.</summary>
    public static void Heading(WordXml xml, Heading heading, Placement place, DocxContext context)
    {
        var look = new ParagraphLook(StyleIds.Heading(heading.Level), PageBreakBefore: context.TakePageBreak());
        place.Open(xml, place.Text(look, first: true, last: true), first: true);
        var bookmark = heading.Anchor is null ? null : context.Bookmarks.NextId();
        if (heading.Anchor is { } anchor)
        {
            // Bookmark names are given out in the order they are asked for: the heading's links' before its own.
            foreach (var inline in heading.Content)
            {
                _ = inline switch
                {
                    AnchorLink link => context.Bookmarks.NameOf(link.Anchor),
                    PageReference reference => context.Bookmarks.NameOf(reference.Anchor),
                    _ => null,
                };
            }

            xml.Start("bookmarkStart");
            xml.Attribute("name", context.Bookmarks.NameOf(anchor));
            xml.Attribute("id", bookmark!);
            xml.End();
        }

        InlineWriter.Write(xml, heading.Content, RunFormat.Plain, context);
        if (bookmark is not null)
        {
            xml.Start("bookmarkEnd");
            xml.Attribute("id", bookmark);
            xml.End();
        }

        place.Close(xml, last: true);
    }

    /// <summary>
    /// A paragraph in the Normal or Note style. One that keeps with the next (a title of what follows) is kept, all
    /// its lines, on the page of the next paragraph or table row.
    /// </summary>
    public static void Paragraph(WordXml xml, Paragraph paragraph, Placement place, DocxContext context)
    {
        var look = new ParagraphLook(
            paragraph.Style == ParagraphStyle.Note ? StyleIds.Note : null,
            KeepNext: paragraph.KeepWithNext ? true : null,
            KeepLines: paragraph.KeepWithNext ? true : null,
            PageBreakBefore: context.TakePageBreak());
        Write(xml, place.Text(look, first: true, last: true), paragraph.Content, RunFormat.Plain, place, first: true, last: true, context);
    }

    /// <summary>The items of a list, each a List Paragraph numbered by the list's own numbering instance.</summary>
    public static void List(WordXml xml, ListBlock list, Placement place, DocxContext context)
    {
        var numberingId = list.Ordered ? context.Numbering.NewOrderedList(inCell: false) : ListNumbering.Bullets(inCell: false);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var (first, last) = (i == 0, i == list.Items.Count - 1);
            var look = new ParagraphLook(StyleIds.ListParagraph, PageBreakBefore: context.TakePageBreak(), NumberingId: numberingId);
            Write(xml, place.Text(look, first, last), list.Items[i].Content, RunFormat.Plain, place, first, last, context);
        }
    }

    /// <summary>A paragraph of <paramref name="look"/> holding <paramref name="content"/>, as <paramref name="place"/> says.</summary>
    public static void Write(
        WordXml xml, ParagraphLook look, IReadOnlyList<Inline> content, RunFormat format, Placement place, bool first, bool last, DocxContext context)
    {
        place.Open(xml, look, first);
        InlineWriter.Write(xml, content, format, context);
        place.Close(xml, last);
    }
}
