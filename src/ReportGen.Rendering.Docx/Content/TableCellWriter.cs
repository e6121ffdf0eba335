using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>Writes one table cell: its width, span, shading and paragraphs in the Table Text style.</summary>
internal static class TableCellWriter
{
    // Word's conditional-format flags, twelve digits: first row, last row, first column, last column, ….
    private const string FirstRowFlags = "100000000000";
    private const string FirstColumnFlags = "001000000000";

    public static W.TableCell Write(TableCell cell, int width, CellAlignment alignment, CellLook look, DocxContext context)
    {
        var properties = new W.TableCellProperties
        {
            ConditionalFormatStyle = look.Role switch
            {
                CellRole.ColumnHeader => new W.ConditionalFormatStyle { Val = FirstRowFlags, FirstRow = true },
                CellRole.RowHeader => new W.ConditionalFormatStyle { Val = FirstColumnFlags, FirstColumn = true },
                _ => null,
            },
            TableCellWidth = new W.TableCellWidth { Width = Units.Text(width), Type = W.TableWidthUnitValues.Dxa },
            GridSpan = cell.ColumnSpan > 1 ? new W.GridSpan { Val = cell.ColumnSpan } : null,
            Shading = look.Fill is { } fill
                ? new W.Shading { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = fill.Hex }
                : null,
            TableCellVerticalAlignment = new W.TableCellVerticalAlignment
            {
                Val = look.Role == CellRole.ColumnHeader ? W.TableVerticalAlignmentValues.Bottom : W.TableVerticalAlignmentValues.Top,
            },
        };

        var tableCell = new W.TableCell(properties);
        var paragraphs = Content(cell, look.Format, context).ToList();
        if (paragraphs.Count == 0)
        {
            paragraphs.Add(ParagraphWriter.Build(StyleIds.TableText, [], look.Format, context));
        }

        foreach (var paragraph in paragraphs)
        {
            var paragraphProperties = ParagraphWriter.Properties(paragraph);
            paragraphProperties.KeepNext = look.KeepWithNext ? new W.KeepNext() : null;
            paragraphProperties.Justification = alignment switch
            {
                CellAlignment.Center => new W.Justification { Val = W.JustificationValues.Center },
                CellAlignment.Right => new W.Justification { Val = W.JustificationValues.Right },
                _ => null,
            };
        }

        tableCell.Append(paragraphs);
        return tableCell;
    }

    private static IEnumerable<W.Paragraph> Content(TableCell cell, RunFormat format, DocxContext context)
    {
        foreach (var block in cell.Content)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    yield return ParagraphWriter.Build(StyleIds.TableText, paragraph.Content, format, context);
                    break;
                case ListBlock list:
                    var numberingId = list.Ordered ? context.Numbering.NewOrderedList(inCell: true) : ListNumbering.Bullets(inCell: true);
                    foreach (var item in list.Items)
                    {
                        var paragraph = ParagraphWriter.Build(StyleIds.TableText, item.Content, format, context);
                        ParagraphWriter.Numbered(paragraph, numberingId);
                        yield return paragraph;
                    }

                    break;
                default:
                    throw new ArgumentException(
                        $"A table cell holds paragraphs and lists only, not a {block.GetType().Name}.", nameof(cell));
            }
        }
    }
}
