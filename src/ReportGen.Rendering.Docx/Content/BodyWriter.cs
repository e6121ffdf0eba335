using DocumentFormat.OpenXml;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Layout;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>
/// Writes the body: each section's blocks, closed by the section's properties (in its last paragraph, or as the
/// body's last child for the last section), so every section starts on a new page with its own orientation,
/// header and footer. A columns block is a Word section of its own with Word's columns (<see cref="ColumnSections"/>),
/// continuous with what is above it, with the same page, header and footer.
/// </summary>
internal static class BodyWriter
{
    public static W.Body Write(DocxContext context)
    {
        var body = new W.Body();
        // An empty document still needs one (empty) section to be a valid page.
        IReadOnlyList<Section> sections = context.Document.Sections.Count > 0
            ? context.Document.Sections
            : [new Section(Orientation.Portrait, new PageFurniture(PageNumberFormat: ""), [])];
        for (var index = 0; index < sections.Count; index++)
        {
            var section = sections[index];
            var page = PageTwips.Of(context.Document.Layout.Page(section.Orientation));
            context.TextWidth = page.TextWidth;
            context.TextHeight = page.TextHeight;
            context.PageBreakPending = false;
            context.KeptAbove = 0;
            var (headerId, footerId) = FurnitureWriter.Add(section, page.TextWidth, context);
            var parts = Parts(section, context);
            if (section.Blocks.FirstOrDefault() is Heading && parts[0].Elements.FirstOrDefault() is W.Paragraph first)
            {
                // Nothing above a section's first block (the model's BlockSpacing): its opening heading starts at the top margin.
                var spacing = ParagraphWriter.Properties(first).SpacingBetweenLines ??= new W.SpacingBetweenLines();
                spacing.Before = "0";
            }

            var elements = parts[^1].Elements;
            if (parts[^1].Widths is null && elements.Count >= 2 && elements[^2] is W.Table)
            {
                // A section that ends with a table still needs a paragraph after it; keep it 1 pt high so a table
                // that fills its last page does not push an empty page out after it. (Columns end with one already.)
                elements[^1] = TailSpacer();
            }

            for (var p = 0; p < parts.Count; p++)
            {
                var part = parts[p];
                var sectionProperties = SectionPropertiesFactory.Create(
                    section, page, headerId, footerId, index == 0 && p == 0 ? context.Document.FirstPageNumber : null);
                if (p > 0)
                {
                    sectionProperties.GetFirstChild<W.SectionType>()!.Val = part.NewPage ? W.SectionMarkValues.NextPage : W.SectionMarkValues.Continuous;
                }

                if (part.Widths is { } widths)
                {
                    sectionProperties.Append(ColumnSections.Properties(widths));
                }

                if (index == sections.Count - 1 && p == parts.Count - 1)
                {
                    if (context.Document.FirstPageNumber != 1)
                    {
                        MarkLastPage(part.Elements);
                    }

                    body.Append(part.Elements);
                    body.Append(sectionProperties);
                    continue;
                }

                if (part.Elements.Count == 0 || part.Elements[^1] is not W.Paragraph)
                {
                    part.Elements.Add(new W.Paragraph());
                }

                ParagraphWriter.Properties((W.Paragraph)part.Elements[^1]).SectionProperties = sectionProperties;
                body.Append(part.Elements);
            }
        }

        return body;
    }

    /// <summary>
    /// The Word sections a model section is written as: its blocks in one column, but each columns block that looks
    /// short enough for a page in a section of Word's own columns (<see cref="ColumnSections"/>), on the same page as
    /// what comes before it when it looks to fit below it, else on a new page unless headings just above it are kept
    /// with it (then, as when it is taller than a page, a layout table, <see cref="ColumnsWriter"/>). The first part
    /// starts the section's page.
    /// </summary>
    private static List<SectionPart> Parts(Section section, DocxContext context)
    {
        var spacing = context.Document.Layout.Spacing;
        var room = ColumnsHeight.Headroom * context.TextHeight / 20.0;
        var parts = new List<SectionPart>();
        var current = new SectionPart([], null, NewPage: true);
        // How far down its page the text has come, roughly (ColumnsHeight's estimate), to see whether columns fit below.
        var used = 0.0;
        for (var b = 0; b < section.Blocks.Count; b++)
        {
            var block = section.Blocks[b];
            var between = b + 1 < section.Blocks.Count ? spacing.Between(block, section.Blocks[b + 1], context.Style) : 0;
            var widths = block is Columns c ? ColumnSections.Widths(c, context.TextWidth) : [];
            var height = block is Columns tall ? ColumnSections.Height(tall, widths, context) : ColumnsHeight.Block(block, context.TextWidth / 20.0, context.Style, spacing);
            if (block is Columns columns && (used + height <= room || (used > 0 && context.KeptAbove == 0 && height <= room)))
            {
                // Below what is above it when it looks to fit there, else on a new page, but never apart from headings
                // just above it (they would be stranded): those columns stay a layout table, whose row may split.
                var newPage = context.PageBreakPending || used + height > room;
                context.PageBreakPending = false;
                if (current.Elements.Count > 0)
                {
                    parts.Add(current);
                }
                else
                {
                    newPage |= parts.Count == 0;
                }

                parts.Add(new SectionPart(ColumnSections.Write(columns, widths, context), widths, newPage));
                current = new SectionPart([], null, NewPage: false);
                used = (newPage ? 0 : used) + height + between;
                context.KeptAbove = 0;
                continue;
            }

            if (block is PageBreak)
            {
                used = 0;
            }

            current.Elements.AddRange(Block(block, context));
            used += height + between;
            context.KeptAbove = block is Heading && b + 1 < section.Blocks.Count ? context.KeptAbove + height + between : 0;
        }

        if (current.Elements.Count > 0 || parts.Count == 0)
        {
            parts.Add(current);
        }

        return parts;
    }

    /// <summary>One Word section of a model section: its elements, its columns' widths (none for one column), whether it starts a page.</summary>
    private sealed record SectionPart(List<OpenXmlElement> Elements, int[]? Widths, bool NewPage);

    /// <summary>The Word elements of <paramref name="block"/>; a page break waits for the next block's first paragraph.</summary>
    public static List<OpenXmlElement> Block(Block block, DocxContext context)
    {
        if (block is PageBreak)
        {
            context.PageBreakPending = true;
            return [];
        }

        List<OpenXmlElement> elements = block switch
        {
            Heading heading => [ParagraphWriter.Heading(heading, context)],
            Paragraph paragraph => [ParagraphWriter.Paragraph(paragraph, context)],
            ListBlock list => [.. ParagraphWriter.List(list, context)],
            Table table => [TableWriter.Write(table, context), Spacer()],
            Chart chart => [Charts.ChartWriter.Write(chart, context)],
            Columns columns => [ColumnsWriter.Write(columns, context), Spacer()],
            _ => throw new ArgumentException($"The Word renderer does not know the block {block.GetType().Name}.", nameof(block)),
        };

        if (context.PageBreakPending && elements.Count > 0)
        {
            var first = elements[0] as W.Paragraph ?? elements[0].Descendants<W.Paragraph>().First();
            ParagraphWriter.Properties(first).PageBreakBefore = new W.PageBreakBefore();
            context.PageBreakPending = false;
        }

        return elements;
    }

    /// <summary>
    /// Puts the bookmark whose page number the footer's page count refers to at the end of the last paragraph.
    /// </summary>
    private static void MarkLastPage(List<OpenXmlElement> elements)
    {
        if (elements.Count == 0 || elements[^1] is not W.Paragraph)
        {
            elements.Add(new W.Paragraph());
        }

        elements[^1].Append(
            new W.BookmarkStart { Id = "0", Name = PageNumberField.LastPageBookmark },
            new W.BookmarkEnd { Id = "0" });
    }

    /// <summary>
    /// A small empty paragraph after every table: it spaces the table from what follows, keeps two tables from
    /// merging into one (Word joins adjacent tables), and can carry a section break.
    /// </summary>
    private static W.Paragraph Spacer() => new(new W.ParagraphProperties
    {
        SpacingBetweenLines = new W.SpacingBetweenLines { Before = "0", After = "0", Line = "160", LineRule = W.LineSpacingRuleValues.Exact },
    });

    /// <summary>The paragraph that must follow a table at the end of a section, as small as Word allows (1 pt).</summary>
    private static W.Paragraph TailSpacer() => new(new W.ParagraphProperties(
        new W.SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = W.LineSpacingRuleValues.Exact },
        new W.ParagraphMarkRunProperties(new W.FontSize { Val = "2" }, new W.FontSizeComplexScript { Val = "2" })));
}
