using DocumentFormat.OpenXml;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Xlsx.Cells;

namespace ReportGen.Rendering.Xlsx.Packaging;

/// <summary>
/// Row heights worked out from the text, for spreadsheets that do not fit rows to wrapped text when they open a file
/// (LibreOffice keeps the default height, so wrapped lines would overlap the row below): the most lines any cell of the
/// row wraps to, at its column's width, times the line height. An estimate, the same for the same text.
/// </summary>
internal static class RowHeights
{
    /// <summary>The most a row can be, in points.</summary>
    private const double MaxHeight = 409;

    /// <summary>Line height over type size.</summary>
    private const double Leading = 1.3;

    /// <summary>The height of a row of <paramref name="cells"/> in columns <paramref name="widths"/> characters wide.</summary>
    public static DoubleValue Of(IReadOnlyList<SheetCell?> cells, IReadOnlyList<double> widths, DocumentStyle style)
    {
        var lines = 1;
        for (var c = 0; c < cells.Count && c < widths.Count; c++)
        {
            if (cells[c] is TextCell text)
            {
                lines = Math.Max(lines, Lines(text.Text, widths[c]));
            }
        }

        return Points(lines * style.BodySize * Leading);
    }

    /// <summary>The height of a line of text above a table or on the cover: one line, in its own size.</summary>
    public static DoubleValue Line(SheetCell line, DocumentStyle style)
    {
        var size = line is TextCell { Look: TextLook.Title } ? style.HeadingSize(1)
            : line is TextCell { Look: TextLook.Heading } ? style.HeadingSize(2)
            : style.BodySize;
        var lines = line is TextCell text ? text.Text.Count(c => c == '\n') + 1 : 1;
        return Points(lines * size * Leading);
    }

    // The lines a text wraps to in a column of width characters: each line of it, at about one character per unit.
    private static int Lines(string text, double width)
    {
        var perLine = Math.Max(1, (int)Math.Floor(width) - 1);
        return text.Split('\n').Sum(line => Math.Max(1, (line.Length + perLine - 1) / perLine));
    }

    private static DoubleValue Points(double height) => new(Math.Round(Math.Min(MaxHeight, height), 1, MidpointRounding.AwayFromZero));
}
