using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>
/// What ends a Word section's last paragraph: the section's properties (every section but the document's last), and
/// for the document's last paragraph the bookmark the footer's page count refers to (<see cref="Layout.PageNumberField"/>).
/// </summary>
/// <param name="Section">The properties of the Word section the paragraph ends, if any.</param>
/// <param name="LastPageMark">The paragraph carries the last-page bookmark.</param>
internal readonly record struct PartEnd(W.SectionProperties? Section, bool LastPageMark)
{
    /// <summary>Whether anything must end the part: when no block of it writes a paragraph, one is written for it.</summary>
    public bool Any => Section is not null || LastPageMark;
}

/// <summary>
/// Where a block is written, and what that decides about its top-level paragraphs before they are written: the
/// section's opening heading starts at the top margin; a block in a column is spaced compactly and keeps nothing
/// with the next (<see cref="LayoutCellSpacing"/>); a column after the first starts with a column break; the part's last
/// paragraph ends its Word section (<see cref="PartEnd"/>).
/// </summary>
internal readonly record struct Placement
{
    /// <summary>In a column: keeps off on every paragraph (its tables' too), spacing as <see cref="LayoutCellSpacing"/> says.</summary>
    public bool InColumns { get; init; }

    /// <summary>In a column, the space below the block's last paragraph, in points.</summary>
    public double Gap { get; init; }

    /// <summary>In a column, the space below each list item but the last, in points.</summary>
    public double ListGap { get; init; }

    /// <summary>The block is its section's opening heading: nothing above it.</summary>
    public bool StartsSection { get; init; }

    /// <summary>The block starts a Word column after the first: its first paragraph opens with a column break.</summary>
    public bool ColumnBreak { get; init; }

    /// <summary>The block is a table ending its section: its spacer is as small as Word allows.</summary>
    public bool TailSpacer { get; init; }

    /// <summary>The block is a table ending Word columns: its spacer holds a space, so LibreOffice keeps it in its column.</summary>
    public bool TrailingSpace { get; init; }

    /// <summary>What the block's last paragraph ends.</summary>
    public PartEnd End { get; init; }

    /// <summary>The look of a paragraph of text (not a table's spacer), given its own.</summary>
    public ParagraphLook Text(ParagraphLook look, bool first, bool last)
    {
        if (InColumns)
        {
            look = look with { KeepNext = false, KeepLines = false, Spacing = new Spacing("0", Units.Twips(last ? Gap : ListGap)) };
        }

        if (first && StartsSection)
        {
            look = look with { Spacing = (look.Spacing ?? default) with { Before = "0" } };
        }

        return last ? look with { Section = End.Section } : look;
    }

    /// <summary>
    /// The look of the small empty paragraph after a table: it spaces the table from what follows, keeps two tables
    /// from merging into one (Word joins adjacent tables), and can carry a section break.
    /// </summary>
    public ParagraphLook Spacer()
    {
        var look = InColumns
            ? new ParagraphLook(KeepNext: false, KeepLines: false, Spacing: new Spacing("0", "0", Units.Twips(Math.Max(1, Gap))), SmallMark: true)
            : TailSpacer
                ? new ParagraphLook(Spacing: new Spacing("0", "0", "20"), SmallMark: true)
                : new ParagraphLook(Spacing: new Spacing("0", "0", "160"));
        return look with { Section = End.Section };
    }

    /// <summary>Opens a paragraph of the block: its properties, then the column break if it is the block's first.</summary>
    public void Open(WordXml xml, ParagraphLook look, bool first)
    {
        xml.Start("p");
        look.Write(xml);
        if (first && ColumnBreak)
        {
            ColumnBreakRun(xml);
        }
    }

    /// <summary>Closes a paragraph of the block: the last one gets the trailing space and the last-page bookmark.</summary>
    public void Close(WordXml xml, bool last)
    {
        if (last)
        {
            if (TrailingSpace)
            {
                xml.Start("r");
                xml.Text("t", " ");
                xml.End();
            }

            if (End.LastPageMark)
            {
                LastPageMark(xml);
            }
        }

        xml.End();
    }

    /// <summary>A paragraph of its own to carry <paramref name="end"/>, when no block writes one.</summary>
    public static void Paragraph(WordXml xml, ParagraphLook look, PartEnd end)
    {
        xml.Start("p");
        (look with { Section = end.Section }).Write(xml);
        if (end.LastPageMark)
        {
            LastPageMark(xml);
        }

        xml.End();
    }

    /// <summary>A run holding a column break.</summary>
    public static void ColumnBreakRun(WordXml xml)
    {
        xml.Start("r");
        xml.Start("br");
        xml.Attribute("type", "column");
        xml.End();
        xml.End();
    }

    /// <summary>The bookmark whose page number the footer's page count refers to, at the end of the document's last paragraph.</summary>
    private static void LastPageMark(WordXml xml)
    {
        xml.Start("bookmarkStart");
        xml.Attribute("name", Layout.PageNumberField.LastPageBookmark);
        xml.Attribute("id", "0");
        xml.End();
        xml.Start("bookmarkEnd");
        xml.Attribute("id", "0");
        xml.End();
    }
}
