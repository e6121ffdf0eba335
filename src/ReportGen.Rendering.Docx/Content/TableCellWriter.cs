using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Styles;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>Writes one table cell: its width, span, shading and paragraphs in the Table Text style.</summary>
internal static class TableCellWriter
{
    // Word's conditional-format flags, twelve digits: first row, last row, first column, last column, ….
    private const string FirstRowFlags = "100000000000";
    private const string FirstColumnFlags = "001000000000";

    public static void Write(WordXml xml, TableCell cell, int width, CellAlignment alignment, CellLook look, Keeps keeps, DocxContext context)
    {
        xml.Start("tc");
        Properties(xml, cell, width, look);

        var paragraph = new ParagraphLook(
            StyleIds.TableText,
            KeepNext: keeps switch
            {
                Keeps.Off => false,
                Keeps.All => true,
                _ => look.KeepWithNext ? true : null,
            },
            KeepLines: keeps == Keeps.Off ? false : null,
            Justification: alignment switch
            {
                CellAlignment.Center => "center",
                CellAlignment.Right => "right",
                _ => null,
            });
        var written = false;
        foreach (var block in cell.Content)
        {
            switch (block)
            {
                case Paragraph text:
                    Paragraph(xml, paragraph, text.Content, look.Format, context);
                    written = true;
                    break;
                case ListBlock list:
                    var numberingId = list.Ordered ? context.Numbering.NewOrderedList(inCell: true) : ListNumbering.Bullets(inCell: true);
                    foreach (var item in list.Items)
                    {
                        Paragraph(xml, paragraph with { NumberingId = numberingId }, item.Content, look.Format, context);
                        written = true;
                    }

                    break;
                default:
                    throw new ArgumentException(
                        $"A table cell holds paragraphs and lists only, not a {block.GetType().Name}.", nameof(cell));
            }
        }

        if (!written)
        {
            Paragraph(xml, paragraph, [], look.Format, context);
        }

        xml.End();
    }

    private static void Paragraph(WordXml xml, ParagraphLook look, IReadOnlyList<Inline> content, RunFormat format, DocxContext context) =>
        ParagraphWriter.Write(xml, look with { PageBreakBefore = context.TakePageBreak() }, content, format, default, first: true, last: false, context);

    private static void Properties(WordXml xml, TableCell cell, int width, CellLook look)
    {
        xml.Start("tcPr");
        if (look.Role is CellRole.ColumnHeader or CellRole.RowHeader)
        {
            var header = look.Role == CellRole.ColumnHeader;
            xml.Start("cnfStyle");
            xml.Attribute("val", header ? FirstRowFlags : FirstColumnFlags);
            xml.Attribute(header ? "firstRow" : "firstColumn", "true");
            xml.End();
        }

        xml.Start("tcW");
        xml.Attribute("w", Units.Text(width));
        xml.Attribute("type", "dxa");
        xml.End();
        if (cell.ColumnSpan > 1)
        {
            xml.Value("gridSpan", Units.Text(cell.ColumnSpan));
        }

        if (look.Fill is { } fill)
        {
            xml.Start("shd");
            xml.Attribute("val", "clear");
            xml.Attribute("color", "auto");
            xml.Attribute("fill", fill.Hex);
            xml.End();
        }

        xml.Value("vAlign", look.Role == CellRole.ColumnHeader ? "bottom" : "top");
        xml.End();
    }
}
