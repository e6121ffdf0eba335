using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Charts;
using ReportGen.Rendering.Docx.Layout;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>
/// Writes the body: each section's blocks, closed by the section's properties (in its last paragraph, or as the
/// body's last child for the last section), so every section starts on a new page with its own orientation,
/// header and footer. A columns block is a Word section of its own with Word's columns (<see cref="ColumnSections"/>),
/// continuous with what is above it, with the same page, header and footer. Each section is planned first (which
/// blocks make which Word section), then written straight to the XML, every paragraph's properties decided before it
/// is written.
/// </summary>
internal static class BodyWriter
{
    public static void Write(WordXml xml, DocxContext context)
    {
        xml.Start("body");
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
            var (parts, keptAbove) = Plan(section, context);
            context.PageBreakPending = false;
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

                var lastOfDocument = index == sections.Count - 1 && p == parts.Count - 1;
                var end = lastOfDocument
                    ? new PartEnd(null, context.Document.FirstPageNumber != 1)
                    : new PartEnd(sectionProperties, false);
                if (part.Widths is { } columnWidths)
                {
                    context.PageBreakPending = false;
                    ColumnSections.Write(xml, (Columns)section.Blocks[part.First], columnWidths, end, context);
                }
                else
                {
                    WritePart(xml, section, part, end, tail: p == parts.Count - 1, keptAbove, context);
                }

                if (lastOfDocument)
                {
                    xml.Element(sectionProperties);
                }
            }
        }

        xml.End();
    }

    /// <summary>Whether <paramref name="block"/> writes anything: a page break waits for the next block, and an empty list is nothing.</summary>
    public static bool Writes(Block block) => block is not PageBreak and not ListBlock { Items.Count: 0 };

    /// <summary>Writes <paramref name="block"/> where <paramref name="place"/> says; a page break waits for the next block's first paragraph.</summary>
    public static void Block(WordXml xml, Block block, Placement place, DocxContext context)
    {
        switch (block)
        {
            case PageBreak:
                context.PageBreakPending = true;
                break;
            case Heading heading:
                ParagraphWriter.Heading(xml, heading, place, context);
                break;
            case Paragraph paragraph:
                ParagraphWriter.Paragraph(xml, paragraph, place, context);
                break;
            case ListBlock list:
                ParagraphWriter.List(xml, list, place, context);
                break;
            case Table table:
                TableWriter.Write(xml, table, place.InColumns, context);
                Spacer(xml, place);
                break;
            case Chart chart:
                var run = ChartWriter.Write(chart, context);
                var look = place.Text(new ParagraphLook(PageBreakBefore: context.TakePageBreak(), Spacing: ChartWriter.Spacing), first: true, last: true);
                place.Open(xml, look, first: true);
                xml.Element(run);
                place.Close(xml, last: true);
                break;
            case Columns columns:
                ColumnsWriter.Write(xml, columns, context);
                Spacer(xml, place);
                break;
            default:
                throw new ArgumentException($"The Word renderer does not know the block {block.GetType().Name}.", nameof(block));
        }
    }

    /// <summary>
    /// Writes the one-column blocks of <paramref name="part"/>: the section's opening heading starts at the top margin,
    /// and the last block that writes anything ends the part (<paramref name="end"/>); after a table at the section's
    /// end (<paramref name="tail"/>) its spacer is as small as Word allows, so a table that fills its last page does not
    /// push an empty page out after it.
    /// </summary>
    private static void WritePart(WordXml xml, Section section, SectionPart part, PartEnd end, bool tail, double[] keptAbove, DocxContext context)
    {
        var last = -1;
        for (var b = part.First; b < part.Last; b++)
        {
            if (Writes(section.Blocks[b]))
            {
                last = b;
            }
        }

        for (var b = part.First; b < part.Last; b++)
        {
            var block = section.Blocks[b];
            context.KeptAbove = keptAbove[b];
            var place = new Placement
            {
                // Nothing above a section's first block (the model's BlockSpacing): its opening heading starts at the top margin.
                StartsSection = b == 0 && block is Heading,
                TailSpacer = b == last && tail && block is Table or Columns,
                End = b == last ? end : default,
            };
            Block(xml, block, place, context);
        }

        if (last < 0 && end.Any)
        {
            Placement.Paragraph(xml, default, end);
        }
    }

    /// <summary>The small empty paragraph after a table (<see cref="Placement.Spacer"/>).</summary>
    private static void Spacer(WordXml xml, Placement place)
    {
        place.Open(xml, place.Spacer(), first: false);
        place.Close(xml, last: true);
    }

    /// <summary>
    /// The Word sections a model section is written as: its blocks in one column, but each columns block that looks
    /// short enough for a page in a section of Word's own columns (<see cref="ColumnSections"/>), on the same page as
    /// what comes before it when it looks to fit below it, else on a new page unless headings just above it are kept
    /// with it (then, as when it is taller than a page, a layout table, <see cref="ColumnsWriter"/>). The first part
    /// starts the section's page. Also the estimated height of the headings just above each block
    /// (<see cref="DocxContext.KeptAbove"/>), which a layout table kept whole must leave room for.
    /// </summary>
    private static (List<SectionPart> Parts, double[] KeptAbove) Plan(Section section, DocxContext context)
    {
        if (!section.Blocks.Any(block => block is Columns))
        {
            // Heights only decide where columns go: without columns the section is one Word section of all its blocks.
            return ([new SectionPart(0, section.Blocks.Count, null, NewPage: true)], new double[section.Blocks.Count]);
        }

        var spacing = context.Document.Layout.Spacing;
        var room = ColumnsHeight.Headroom * context.TextHeight / 20.0;
        var parts = new List<SectionPart>();
        var keptAbove = new double[section.Blocks.Count];
        var current = new SectionPart(0, 0, null, NewPage: true);
        var kept = 0.0;
        var pageBreakPending = false;
        // How far down its page the text has come, roughly (ColumnsHeight's estimate), to see whether columns fit below.
        var used = 0.0;
        for (var b = 0; b < section.Blocks.Count; b++)
        {
            var block = section.Blocks[b];
            keptAbove[b] = kept;
            var between = b + 1 < section.Blocks.Count ? spacing.Between(block, section.Blocks[b + 1], context.Style) : 0;
            var widths = block is Columns c ? ColumnSections.Widths(c, context.TextWidth) : [];
            var height = block is Columns tall ? ColumnSections.Height(tall, widths, context) : ColumnsHeight.Block(block, context.TextWidth / 20.0, context.Style, spacing);
            if (block is Columns && (used + height <= room || (used > 0 && kept == 0 && height <= room)))
            {
                // Below what is above it when it looks to fit there, else on a new page, but never apart from headings
                // just above it (they would be stranded): those columns stay a layout table, whose row may split.
                var newPage = pageBreakPending || used + height > room;
                pageBreakPending = false;
                if (current.Last > current.First && AnyWrites(section, current))
                {
                    parts.Add(current);
                }
                else
                {
                    newPage |= parts.Count == 0;
                }

                parts.Add(new SectionPart(b, b + 1, widths, newPage));
                current = new SectionPart(b + 1, b + 1, null, NewPage: false);
                used = (newPage ? 0 : used) + height + between;
                kept = 0;
                continue;
            }

            if (block is PageBreak)
            {
                used = 0;
                pageBreakPending = true;
            }
            else if (Writes(block))
            {
                pageBreakPending = false;
            }

            current = current with { Last = b + 1 };
            used += height + between;
            kept = block is Heading && b + 1 < section.Blocks.Count ? kept + height + between : 0;
        }

        if (AnyWrites(section, current) || parts.Count == 0)
        {
            parts.Add(current);
        }

        return (parts, keptAbove);
    }

    private static bool AnyWrites(Section section, SectionPart part)
    {
        for (var b = part.First; b < part.Last; b++)
        {
            if (Writes(section.Blocks[b]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One Word section of a model section: its blocks (<paramref name="First"/> up to but not including
    /// <paramref name="Last"/>), its columns' widths (none for one column), whether it starts a page.
    /// </summary>
    private sealed record SectionPart(int First, int Last, int[]? Widths, bool NewPage);
}
