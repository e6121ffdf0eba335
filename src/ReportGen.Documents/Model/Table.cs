namespace ReportGen.Documents.Model;

/// <summary>
/// A table. Header rows are repeated at the top of every page the table runs onto; a row is never split
/// across pages (a row taller than a page is the one exception, and is split).
/// </summary>
/// <param name="Caption">What the table shows, for screen readers (PDF /Summary, Word table description).</param>
/// <param name="Columns">The columns, with relative widths.</param>
/// <param name="HeaderRows">Rows of column headers (TH), repeated on every page.</param>
/// <param name="BodyRows">The data rows.</param>
/// <param name="Kind">A data grid, or a form of labels and values (the cover report's header table).</param>
/// <param name="KeepTogether">
/// Start the table on a new page rather than split it, when it fits on one page (short tables such as a
/// month-by-month table read badly with one row left behind).
/// </param>
public sealed record Table(
    string Caption,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> HeaderRows,
    IReadOnlyList<TableRow> BodyRows,
    TableKind Kind = TableKind.Grid,
    bool KeepTogether = false) : Block
{
    /// <summary>
    /// For a <see cref="TableKind.Form"/>: the names of its two columns (label, value), for formats that cannot mark
    /// row headers (Word), which write them as a header row so the table keeps its meaning; formats that can (PDF,
    /// HTML) mark the labels as row headers instead. None for a grid.
    /// </summary>
    public IReadOnlyList<string>? FormHeadings { get; init; }
}

/// <summary>What kind of table a <see cref="Table"/> is.</summary>
public enum TableKind
{
    /// <summary>A grid of data with column headers.</summary>
    Grid,

    /// <summary>Label and value pairs: the label cells are row headers (TH), shaded; no column headers.</summary>
    Form,
}

/// <summary>A column of a table.</summary>
/// <param name="Width">Width relative to the other columns (the table fills the text width).</param>
/// <param name="Alignment">How the column's cells are aligned unless a cell says otherwise.</param>
public sealed record TableColumn(double Width, CellAlignment Alignment = CellAlignment.Left);

/// <summary>Horizontal alignment of cell text.</summary>
public enum CellAlignment
{
    /// <summary>Left.</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Right (numbers).</summary>
    Right,
}

/// <summary>A row of a table.</summary>
/// <param name="Cells">The cells; their column spans add up to the table's column count.</param>
/// <param name="IsGroupHeading">
/// A row that heads a group of rows (a corporate goal): drawn emphasised and kept with the row after it.
/// </param>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, bool IsGroupHeading = false);

/// <summary>A cell of a table.</summary>
/// <param name="Content">The cell's paragraphs and lists (Heading and Table are not allowed in cells).</param>
/// <param name="ColumnSpan">How many columns the cell spans.</param>
/// <param name="IsHeader">A header cell (TH): column headers, and the labels of a form table.</param>
/// <param name="Background">A fill, if any (a RAG colour). The cell's text always says what the colour means.</param>
/// <param name="Foreground">The text colour, if not the default (white on a dark fill).</param>
/// <param name="Alignment">Alignment, if not the column's.</param>
public sealed record TableCell(
    IReadOnlyList<Block> Content,
    int ColumnSpan = 1,
    bool IsHeader = false,
    Rgb? Background = null,
    Rgb? Foreground = null,
    CellAlignment? Alignment = null)
{
    /// <summary>A cell of plain text.</summary>
    public static TableCell Of(string text, bool bold = false) =>
        new([new Paragraph([new TextRun(text, Bold: bold)])]);

    /// <summary>A cell of one paragraph of <paramref name="inlines"/>.</summary>
    public static TableCell Of(params Inline[] inlines) => new([new Paragraph(inlines)]);
}
