using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Fonts;
using ReportGen.Rendering.Pdf.Layout.Blocks;
using ReportGen.Rendering.Pdf.Layout.Flow;
using ReportGen.Rendering.Pdf.Layout.Text;

namespace ReportGen.Rendering.Pdf.Layout.Tables;

/// <summary>
/// Measures a table: relative column widths filling the text width, small text, padded cells. Header rows are
/// filled in the style's header colours; group heading rows are bold on a light fill; header cells of the body
/// (a form's labels) are bold on a light grey fill and tagged as row headers.
/// </summary>
internal static class TableLayout
{
    const double PaddingX = 4;
    const double PaddingY = 3;
    const double BlockGap = 3;
    const double ListItemGap = 1.5;

    /// <summary>A light tint of the header blue, for group heading rows.</summary>
    static readonly Rgb GroupFill = Rgb.FromHex("#DDE4EC");

    /// <summary>GOV.UK light grey, for a form's labels and a grid's row headers.</summary>
    static readonly Rgb LabelFill = Rgb.FromHex("#F3F2F1");

    /// <summary>The table, <paramref name="width"/> points wide.</summary>
    public static TableFlow Lay(Table table, double width, LayoutContext context)
    {
        var columns = table.Columns.Count > 0 ? table.Columns : [new TableColumn(1)];
        var edges = ColumnEdges(columns, width);
        // With two or more levels of column headers (years over quarters), scopes do not say which header of each
        // level a cell is under: every column header gets an ID and every cell below names its headers (/Headers).
        var ids = table.HeaderRows.Count >= 2 ? new HeaderIds(context.NextTableNumber(), columns.Count) : null;
        var header = table.HeaderRows.Select((r, i) => Row(r, inHeader: true, columns, edges, context, ids, i)).ToList();
        var body = table.BodyRows.Select(r => Row(r, inHeader: false, columns, edges, context, ids, -1)).ToList();
        return new TableFlow(table.Caption, header, body, table.KeepTogether);
    }

    /// <summary>The IDs of a table's column headers, by the columns each covers, level by level.</summary>
    sealed class HeaderIds(int table, int columns)
    {
        private readonly List<(int Row, int First, int Span, string Id)> _headers = [];

        /// <summary>The ID of the header in <paramref name="row"/> covering <paramref name="span"/> columns from <paramref name="first"/>.</summary>
        public string Add(int row, int first, int span)
        {
            var id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"t{table}h{row}c{first}");
            _headers.Add((row, first, Math.Clamp(span, 1, columns - first), id));
            return id;
        }

        /// <summary>The IDs of the headers in rows above <paramref name="belowRow"/> that overlap the cell's columns.</summary>
        public IReadOnlyList<string> Over(int first, int span, int belowRow) =>
            [.. _headers.Where(h => h.Row < belowRow && h.First < first + span && first < h.First + h.Span).Select(h => h.Id)];
    }

    static double[] ColumnEdges(IReadOnlyList<TableColumn> columns, double width)
    {
        var total = columns.Sum(c => Math.Max(0, c.Width));
        var edges = new double[columns.Count + 1];
        for (var i = 0; i < columns.Count; i++)
        {
            var share = total > 0 ? Math.Max(0, columns[i].Width) / total : 1.0 / columns.Count;
            edges[i + 1] = edges[i] + (share * width);
        }

        return edges;
    }

    static RowLayout Row(
        TableRow row, bool inHeader, IReadOnlyList<TableColumn> columns, double[] edges, LayoutContext context, HeaderIds? ids, int headerRow)
    {
        var style = context.Style;
        var cells = new List<CellLayout>(row.Cells.Count);
        var column = 0;
        foreach (var cell in row.Cells)
        {
            var first = Math.Min(column, columns.Count - 1);
            var span = Math.Clamp(cell.ColumnSpan, 1, columns.Count - first);
            column = first + span;
            var x = edges[first];
            var width = edges[first + span] - x;
            var bold = inHeader || cell.IsHeader || row.IsGroupHeading;
            var color = cell.Foreground ?? (inHeader ? style.TableHeaderForeground : LayoutContext.TextColor);
            var fill = cell.Background
                ?? (inHeader ? style.TableHeaderBackground : row.IsGroupHeading ? GroupFill : cell.IsHeader ? LabelFill : null);
            var tag = inHeader ? new BeginTagOp(StructureTag.TableHeaderCell, "Column", span)
                : cell.IsHeader ? new BeginTagOp(StructureTag.TableHeaderCell, "Row", span)
                : new BeginTagOp(StructureTag.TableDataCell, ColumnSpan: span);
            if (ids is not null)
            {
                tag = inHeader
                    ? tag with { Id = ids.Add(headerRow, first, span), Headers = ids.Over(first, span, headerRow) is { Count: > 0 } above ? above : null }
                    : tag with { Headers = ids.Over(first, span, int.MaxValue) };
            }

            var text = new TextStyle(new FontSpec(style.SmallSize, bold), color);
            var alignment = cell.Alignment ?? columns[first].Alignment;
            // Notes are grey unless the cell sets its own text colour (white on a RAG fill stays white).
            var note = cell.Foreground is null && !inHeader ? text with { Color = LayoutContext.FurnitureColor } : text;
            var content = Content(cell.Content, text, note, width - (2 * PaddingX), alignment, context.Text);
            cells.Add(new CellLayout(x, width, content, fill, tag, PaddingX, PaddingY));
        }

        return new RowLayout(cells, row.IsGroupHeading, style.RuleColor);
    }

    static List<FlowItem> Content(
        IReadOnlyList<Block> blocks, TextStyle text, TextStyle note, double width, CellAlignment alignment, TextLayouter layouter)
    {
        var items = new List<FlowItem>();
        foreach (var block in blocks)
        {
            if (items.Count > 0)
            {
                items.Add(new Spacer(BlockGap));
            }

            switch (block)
            {
                case Paragraph paragraph:
                    var style = paragraph.Style == ParagraphStyle.Note ? note : text;
                    // A cell of one paragraph holds its text directly (TD > content, not TD > P > content). ISO 32000-1,
                    // 14.8.4.3: TD is "a table cell containing data", neither block- nor inline-level, and nothing asks
                    // for a P inside it; PDF/UA-1 asks only for Table/TR/TH/TD and headers. A P per cell doubled the
                    // structure elements of a dense table. Two or more blocks keep their own tags.
                    items.AddRange(ParagraphLayout.Lay(paragraph.Content, style, width, alignment, layouter, asParagraph: blocks.Count > 1));
                    break;
                case ListBlock list:
                    items.AddRange(ListLayout.Lay(list, text, width, layouter, ListItemGap));
                    break;
                default:
                    throw new NotSupportedException(
                        $"A table cell may hold paragraphs and lists, not a {block.GetType().Name}.");
            }
        }

        return items;
    }
}
