using ReportGen.Documents.Model;
using ReportGen.Rendering.Html.Markup;

namespace ReportGen.Rendering.Html.Content;

/// <summary>
/// Writes a table inside its own scrolling region (so a wide table scrolls on a phone and the page does not): the
/// caption, the columns' widths, header rows as <c>th scope="col"</c>, a form's labels and other header cells of the
/// body as <c>th scope="row"</c>, and each cell's colour and alignment as the document gives them.
/// </summary>
internal static class TableWriter
{
    /// <summary>The most columns a grid may have and still shrink to any screen.</summary>
    private const int NarrowColumns = 4;

    /// <summary>The share of its width on paper a wider grid keeps on a narrow screen.</summary>
    private const double WideShare = 0.65;

    public static void Write(Table table, HtmlContext context)
    {
        var id = context.NextTableId();
        context.Raw($"<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"{id}\">\n");
        if (table.Kind == TableKind.Grid && table.Columns.Count > NarrowColumns)
        {
            // A grid of many columns keeps most of its width on paper, and scrolls in its region on a narrow screen.
            context.Raw($"<table class=\"grid wide\" style=\"--min-width:{Css.Points(WideShare * context.SectionWidth)}\">");
        }
        else
        {
            context.Raw(table.Kind == TableKind.Form ? "<table class=\"form\">" : "<table class=\"grid\">");
        }

        context.Raw($"\n<caption id=\"{id}\">").Text(table.Caption).Raw("</caption>\n");
        var total = table.Columns.Sum(c => c.Width);
        if (total > 0)
        {
            context.Raw("<colgroup>");
            foreach (var column in table.Columns)
            {
                context.Raw($"<col style=\"width:{Css.Number(100 * column.Width / total)}%\">");
            }

            context.Raw("</colgroup>\n");
        }

        if (table.HeaderRows.Count > 0)
        {
            context.Raw("<thead>\n");
            foreach (var row in table.HeaderRows)
            {
                Row(row, table, header: true, context);
            }

            context.Raw("</thead>\n");
        }

        context.Raw("<tbody>\n");
        foreach (var row in table.BodyRows)
        {
            Row(row, table, header: false, context);
        }

        context.Raw("</tbody>\n</table>\n</div>\n");
    }

    private static void Row(TableRow row, Table table, bool header, HtmlContext context)
    {
        context.Raw(row.IsGroupHeading ? "<tr class=\"group\">" : "<tr>");
        var column = 0;
        foreach (var cell in row.Cells)
        {
            var alignment = cell.Alignment ?? (column < table.Columns.Count ? table.Columns[column].Alignment : CellAlignment.Left);
            column += Math.Max(1, cell.ColumnSpan);
            var tag = header || cell.IsHeader ? "th" : "td";
            context.Raw("<").Raw(tag);
            if (tag == "th")
            {
                context.Raw(header ? " scope=\"col\"" : " scope=\"row\"");
            }

            if (cell.ColumnSpan > 1)
            {
                context.Raw($" colspan=\"{cell.ColumnSpan}\"");
            }

            if (alignment != CellAlignment.Left)
            {
                context.Raw(alignment == CellAlignment.Right ? " class=\"right\"" : " class=\"center\"");
            }

            var style = (cell.Background is { } fill ? $"background:{Css.Color(fill)};" : string.Empty)
                + (cell.Foreground is { } ink ? $"color:{Css.Color(ink)};" : string.Empty);
            if (style.Length > 0)
            {
                context.Raw($" style=\"{style}\"");
            }

            context.Raw(">");
            Content(cell.Content, context);
            context.Raw("</").Raw(tag).Raw(">");
        }

        context.Raw("</tr>\n");
    }

    // A cell of one paragraph holds its text directly; more blocks keep their own paragraphs and lists.
    private static void Content(IReadOnlyList<Block> content, HtmlContext context)
    {
        if (content is [Paragraph { Style: ParagraphStyle.Body } only])
        {
            InlineWriter.Write(only.Content, context);
            return;
        }

        BlockWriter.Write(content, context);
    }
}
