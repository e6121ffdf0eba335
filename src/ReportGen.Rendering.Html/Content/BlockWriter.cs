using ReportGen.Documents.Model;
using ReportGen.Rendering.Html.Charts;
using ReportGen.Rendering.Html.Markup;

namespace ReportGen.Rendering.Html.Content;

/// <summary>Writes blocks: headings with their ids, paragraphs, lists, tables, charts and columns.</summary>
internal static class BlockWriter
{
    public static void Write(IEnumerable<Block> blocks, HtmlContext context)
    {
        foreach (var block in blocks)
        {
            Write(block, context);
        }
    }

    public static void Write(Block block, HtmlContext context)
    {
        switch (block)
        {
            case Heading heading:
                var level = Math.Clamp(heading.Level, 1, 6);
                context.Raw($"<h{level} id=\"{HtmlText.Attribute(context.Ids.Of(heading))}\">");
                InlineWriter.Write(heading.Content, context);
                context.Raw($"</h{level}>\n");
                break;
            case Paragraph paragraph:
                context.Raw(paragraph.Style == ParagraphStyle.Note ? "<p class=\"note\">" : "<p>");
                InlineWriter.Write(paragraph.Content, context);
                context.Raw("</p>\n");
                break;
            case ListBlock list:
                context.Raw(list.Ordered ? "<ol>\n" : "<ul>\n");
                foreach (var item in list.Items)
                {
                    context.Raw("<li>");
                    InlineWriter.Write(item.Content, context);
                    context.Raw("</li>\n");
                }

                context.Raw(list.Ordered ? "</ol>\n" : "</ul>\n");
                break;
            case Table table:
                TableWriter.Write(table, context);
                break;
            case Chart chart:
                ChartWriter.Write(chart, context);
                break;
            case Columns columns:
                context.Raw("<div class=\"columns\">\n");
                var whole = context.SectionWidth;
                var shared = whole - ((columns.Items.Count - 1) * context.Document.Layout.Spacing.BetweenColumns(context.Document.Style));
                var total = columns.Items.Sum(c => c.Width);
                foreach (var column in columns.Items)
                {
                    // What a column holds is as wide as the column (charts, wide tables), as on paper.
                    context.SectionWidth = total > 0 ? shared * column.Width / total : shared;
                    context.Raw($"<div class=\"column\" style=\"flex:{Css.Number(column.Width)} 1 0\">\n");
                    Write(column.Blocks, context);
                    context.Raw("</div>\n");
                }

                context.SectionWidth = whole;
                context.Raw("</div>\n");
                break;
            case PageBreak:
                context.Raw("<div class=\"page-break\"></div>\n");
                break;
            default:
                throw new ArgumentException($"The HTML renderer does not know the block {block.GetType().Name}.", nameof(block));
        }
    }
}
