namespace ReportGen.Rendering.Docx.Content;

/// <summary>A paragraph's spacing (<c>w:spacing</c>): twips before and after, and an exact line height if any.</summary>
internal readonly record struct Spacing(string? Before, string? After, string? Line = null)
{
    /// <summary>Writes <c>w:spacing</c>; a line height is exact (<c>w:lineRule="exact"</c>).</summary>
    public void Write(WordXml xml)
    {
        xml.Start("spacing");
        if (Before is not null)
        {
            xml.Attribute("before", Before);
        }

        if (After is not null)
        {
            xml.Attribute("after", After);
        }

        if (Line is not null)
        {
            xml.Attribute("line", Line);
            xml.Attribute("lineRule", "exact");
        }

        xml.End();
    }
}

/// <summary>
/// A paragraph's properties (<c>w:pPr</c>), decided before the paragraph is written, and written in the schema's order.
/// </summary>
/// <param name="StyleId">The paragraph style; Normal when null.</param>
/// <param name="KeepNext">Keep with the next paragraph: on, explicitly off (a heading style's keep undone), or not said.</param>
/// <param name="KeepLines">Keep the lines together: on, explicitly off, or not said.</param>
/// <param name="PageBreakBefore">Start a new page.</param>
/// <param name="NumberingId">The list numbering instance the paragraph is an item of (level 0).</param>
/// <param name="Spacing">Its spacing.</param>
/// <param name="Justification">Its alignment (<c>center</c>, <c>right</c>); left when null.</param>
/// <param name="SmallMark">Its paragraph mark is 1 pt, so an empty paragraph can be as small as Word allows.</param>
/// <param name="Section">The properties of the Word section this paragraph ends.</param>
internal readonly record struct ParagraphLook(
    string? StyleId = null,
    bool? KeepNext = null,
    bool? KeepLines = null,
    bool PageBreakBefore = false,
    int? NumberingId = null,
    Spacing? Spacing = null,
    string? Justification = null,
    bool SmallMark = false,
    DocumentFormat.OpenXml.Wordprocessing.SectionProperties? Section = null)
{
    /// <summary>Writes <c>w:pPr</c>, or nothing when the paragraph has no properties.</summary>
    public void Write(WordXml xml)
    {
        if (StyleId is null && KeepNext is null && KeepLines is null && !PageBreakBefore && NumberingId is null
            && Spacing is null && Justification is null && !SmallMark && Section is null)
        {
            return;
        }

        xml.Start("pPr");
        if (StyleId is not null)
        {
            xml.Value("pStyle", StyleId);
        }

        OnOff(xml, "keepNext", KeepNext);
        OnOff(xml, "keepLines", KeepLines);
        if (PageBreakBefore)
        {
            xml.Empty("pageBreakBefore");
        }

        if (NumberingId is { } numbering)
        {
            xml.Start("numPr");
            xml.Value("ilvl", "0");
            xml.Value("numId", numbering.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.End();
        }

        Spacing?.Write(xml);
        if (Justification is not null)
        {
            xml.Value("jc", Justification);
        }

        if (SmallMark)
        {
            xml.Start("rPr");
            xml.Value("sz", "2");
            xml.Value("szCs", "2");
            xml.End();
        }

        if (Section is not null)
        {
            xml.Element(Section);
        }

        xml.End();
    }

    private static void OnOff(WordXml xml, string name, bool? value)
    {
        if (value == true)
        {
            xml.Empty(name);
        }
        else if (value == false)
        {
            xml.Value(name, "false");
        }
    }
}
