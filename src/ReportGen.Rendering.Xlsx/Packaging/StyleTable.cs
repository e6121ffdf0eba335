using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Xlsx.Cells;

namespace ReportGen.Rendering.Xlsx.Packaging;

/// <summary>
/// The workbook's cell formats: a fixed set for text (body, plain, title, heading, table header, link, and each of
/// those looks again for text a spreadsheet could mistake for a formula, marked to stay text when edited), then one
/// per number format, in the order the cells first ask for them, so the same workbook always gives the same styles part.
/// </summary>
internal sealed class StyleTable
{
    private const uint FirstCustomFormat = 164;
    private const uint NumberStylesStart = 11;

    private readonly List<string> _formats = [];

    /// <summary>The style of a text cell.</summary>
    public static uint Text(TextLook look, string text) => (look, MightRunAsFormula(text)) switch
    {
        (TextLook.Body, true) => 6,
        (TextLook.Body, false) => 1,
        (TextLook.Title, false) => 2,
        (TextLook.Heading, false) => 3,
        (TextLook.Header, false) => 4,
        (TextLook.Title, true) => 8,
        (TextLook.Heading, true) => 9,
        (TextLook.Header, true) => 10,
        (_, true) => 7,
        _ => 0,
    };

    /// <summary>The style of a link to another sheet.</summary>
    public static uint Link => 5;

    /// <summary>The style of a number shown with <paramref name="format"/>.</summary>
    public uint Number(string format)
    {
        var index = _formats.IndexOf(format);
        if (index < 0)
        {
            _formats.Add(format);
            index = _formats.Count - 1;
        }

        return NumberStylesStart + (uint)index;
    }

    /// <summary>Text that a spreadsheet would read as a formula if it were typed in.</summary>
    public static bool MightRunAsFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    public Stylesheet Build(DocumentStyle style)
    {
        var numberingFormats = new NumberingFormats(_formats.Select((code, i) => new NumberingFormat
        {
            NumberFormatId = FirstCustomFormat + (uint)i,
            FormatCode = code,
        }))
        { Count = (uint)_formats.Count };

        var fonts = new Fonts(
            Font(style.FontFamily, style.BodySize),
            Font(style.FontFamily, style.HeadingSize(1), bold: true),
            Font(style.FontFamily, style.HeadingSize(2), bold: true),
            Font(style.FontFamily, style.BodySize, bold: true),
            Font(style.FontFamily, style.BodySize, link: true))
        { Count = 5 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 };
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 };
        var styleFormats = new CellStyleFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true },
            new CellFormat { FontId = 2, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true },
            new CellFormat { FontId = 4, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true })
        { Count = 4 };

        var formats = new List<CellFormat>
        {
            Format(0, 0),
            Format(0, 0, wrap: true),
            Format(1, 1),
            Format(2, 2),
            Format(3, 0, wrap: true),
            Format(4, 3),
            Format(0, 0, wrap: true, quoted: true),
            Format(0, 0, quoted: true),
            Format(1, 1, quoted: true),
            Format(2, 2, quoted: true),
            Format(3, 0, wrap: true, quoted: true),
        };
        formats.AddRange(_formats.Select((_, i) => new CellFormat
        {
            FontId = 0,
            FillId = 0,
            BorderId = 0,
            FormatId = 0,
            NumberFormatId = FirstCustomFormat + (uint)i,
            ApplyNumberFormat = true,
            ApplyAlignment = true,
            Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top },
        }));

        var cellStyles = new CellStyles(
            new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 },
            new CellStyle { Name = "Heading 1", FormatId = 1, BuiltinId = 16 },
            new CellStyle { Name = "Heading 2", FormatId = 2, BuiltinId = 17 },
            new CellStyle { Name = "Hyperlink", FormatId = 3, BuiltinId = 8 })
        { Count = 4 };

        var sheet = new Stylesheet();
        if (_formats.Count > 0)
        {
            sheet.Append(numberingFormats);
        }

        sheet.Append(fonts, fills, borders, styleFormats, new CellFormats(formats) { Count = (uint)formats.Count }, cellStyles);
        return sheet;
    }

    private static Font Font(string family, double size, bool bold = false, bool link = false)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (link)
        {
            font.Append(new Underline());
        }

        font.Append(new FontSize { Val = size });
        font.Append(link ? new Color { Rgb = HexBinaryValue.FromString("FF0563C1") } : new Color { Theme = 1 });
        font.Append(new FontName { Val = family });
        font.Append(new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static CellFormat Format(uint font, uint styleFormat, bool wrap = false, bool quoted = false)
    {
        var format = new CellFormat { FontId = font, FillId = 0, BorderId = 0, NumberFormatId = 0, FormatId = styleFormat };
        if (font != 0)
        {
            format.ApplyFont = true;
        }

        if (wrap)
        {
            format.ApplyAlignment = true;
            format.Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true };
        }

        if (quoted)
        {
            format.QuotePrefix = true;
        }

        return format;
    }

    /// <summary>A column width in characters for a table column of relative <paramref name="width"/> out of <paramref name="total"/>.</summary>
    public static double ColumnWidth(double width, double total, int columns)
    {
        var span = Math.Max(60, 16 * columns);
        var share = total > 0 ? width / total * span : 12;
        return Math.Round(Math.Clamp(share, 10, 70), 1, MidpointRounding.AwayFromZero);
    }
}
