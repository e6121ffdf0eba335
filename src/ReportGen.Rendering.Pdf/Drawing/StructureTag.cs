namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>The structure elements ReportGen tags content with (PDF 1.7 standard structure types).</summary>
internal enum StructureTag
{
    /// <summary>Sect: a section of the document.</summary>
    Section,

    /// <summary>Div: a generic group of content (one column of a columns block).</summary>
    Division,

    /// <summary>H1.</summary>
    Heading1,

    /// <summary>H2.</summary>
    Heading2,

    /// <summary>H3.</summary>
    Heading3,

    /// <summary>H4.</summary>
    Heading4,

    /// <summary>P.</summary>
    Paragraph,

    /// <summary>L.</summary>
    List,

    /// <summary>LI.</summary>
    ListItem,

    /// <summary>Lbl: a list item's bullet or number.</summary>
    Label,

    /// <summary>LBody: a list item's text.</summary>
    ListBody,

    /// <summary>Table.</summary>
    Table,

    /// <summary>THead.</summary>
    TableHead,

    /// <summary>TBody.</summary>
    TableBody,

    /// <summary>TR.</summary>
    TableRow,

    /// <summary>TH.</summary>
    TableHeaderCell,

    /// <summary>TD.</summary>
    TableDataCell,
}
