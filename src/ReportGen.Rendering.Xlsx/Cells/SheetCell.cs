namespace ReportGen.Rendering.Xlsx.Cells;

/// <summary>What one cell of a worksheet holds: text (never a formula) or a number with its format.</summary>
internal abstract record SheetCell;

/// <summary>Text, written as a shared string: a spreadsheet never runs it, whatever it starts with.</summary>
/// <param name="Text">The text; line breaks are kept (the cell wraps).</param>
/// <param name="Look">How it looks.</param>
internal sealed record TextCell(string Text, TextLook Look = TextLook.Body) : SheetCell;

/// <summary>A number as a number, shown with <paramref name="Format"/> as the pack prints it.</summary>
/// <param name="Value">The value (a percentage as a fraction: 28.8% is 0.288).</param>
/// <param name="Format">The number format code, such as <c>#,##0.0%</c> or <c>"£"#,##0</c>.</param>
internal sealed record NumberCell(decimal Value, string Format) : SheetCell;

/// <summary>A link to the top of another sheet of the workbook.</summary>
/// <param name="Text">The text shown (the sheet's name).</param>
/// <param name="Sheet">The sheet linked to.</param>
internal sealed record SheetLinkCell(string Text, string Sheet) : SheetCell;

/// <summary>How a text cell looks.</summary>
internal enum TextLook
{
    /// <summary>Body text, wrapped, at the top of the cell (a table's cells).</summary>
    Body,

    /// <summary>A line of text that runs on over the empty cells beside it (the lines above a table, the cover).</summary>
    Plain,

    /// <summary>A sheet's title in A1: the Heading 1 cell style.</summary>
    Title,

    /// <summary>A heading on the cover sheet: the Heading 2 cell style.</summary>
    Heading,

    /// <summary>A table's header cell: bold, wrapped.</summary>
    Header,
}
