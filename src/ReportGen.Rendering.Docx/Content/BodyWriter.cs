using DocumentFormat.OpenXml;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Layout;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>
/// Writes the body: each section's blocks, closed by the section's properties (in its last paragraph, or as the
/// body's last child for the last section), so every section starts on a new page with its own orientation,
/// header and footer.
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
            var elements = new List<OpenXmlElement>();
            for (var b = 0; b < section.Blocks.Count; b++)
            {
                var block = section.Blocks[b];
                elements.AddRange(Block(block, context));
                context.KeptAbove = block is Heading && b + 1 < section.Blocks.Count
                    ? context.KeptAbove + ColumnsHeight.Block(block, context.TextWidth / 20.0, context.Style, context.Document.Layout.Spacing) + context.Document.Layout.Spacing.Between(block, section.Blocks[b + 1], context.Style)
                    : 0;
            }

            if (section.Blocks.FirstOrDefault() is Heading && elements.FirstOrDefault() is W.Paragraph first)
            {
                // Nothing above a section's first block (the model's BlockSpacing): its opening heading starts at the top margin.
                var spacing = ParagraphWriter.Properties(first).SpacingBetweenLines ??= new W.SpacingBetweenLines();
                spacing.Before = "0";
            }

            if (elements.Count >= 2 && elements[^2] is W.Table)
            {
                // A section that ends with a table still needs a paragraph after it; keep it 1 pt high so a table
                // that fills its last page does not push an empty page out after it.
                elements[^1] = TailSpacer();
            }

            var sectionProperties = SectionPropertiesFactory.Create(
                section, page, headerId, footerId, index == 0 ? context.Document.FirstPageNumber : null);
            if (index == sections.Count - 1)
            {
                if (context.Document.FirstPageNumber != 1)
                {
                    MarkLastPage(elements);
                }

                body.Append(elements);
                body.Append(sectionProperties);
                continue;
            }

            if (elements.Count == 0 || elements[^1] is not W.Paragraph)
            {
                elements.Add(new W.Paragraph());
            }

            ParagraphWriter.Properties((W.Paragraph)elements[^1]).SectionProperties = sectionProperties;
            body.Append(elements);
        }

        return body;
    }

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
