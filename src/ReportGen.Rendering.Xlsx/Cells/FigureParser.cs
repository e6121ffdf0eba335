using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportGen.Rendering.Xlsx.Cells;

/// <summary>
/// Reads a cell's text back into a number where the whole text is one figure as the pack prints it (<c>13,143</c>,
/// <c>28.8%</c>, <c>+4.5%</c>, <c>£12,345</c>, <c>£4.3m</c>, <c>12.5 days</c>), with the number format that shows it
/// the same way; anything else (<c>[c]</c>, <c>n/a</c>, <c>17 of 59</c>, <c>2016/17</c>, a code with a leading zero,
/// words) stays text. The model carries the printed text only, so the printed text is the figure: what a reader of
/// the PDF sees is the value in the cell.
/// </summary>
internal static partial class FigureParser
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The cell for <paramref name="text"/>: a <see cref="NumberCell"/> when it is one figure, else text.</summary>
    public static SheetCell Parse(string text) => TryParse(text) is { } number ? number : new TextCell(text);

    /// <summary>The figure <paramref name="text"/> prints, or <see langword="null"/> when it is not exactly one figure.</summary>
    public static NumberCell? TryParse(string text)
    {
        var match = Figure().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var whole = match.Groups["whole"].Value;
        var grouped = whole.Contains(',', StringComparison.Ordinal);

        // Plain digits with no separators are a figure only when short and without a leading zero: the pack prints
        // thousands with separators, so "01234" or "20170131" is a code or a date, not a count.
        if (!grouped && (whole.Length > 4 || (whole.Length > 1 && whole[0] == '0')))
        {
            return null;
        }

        var fraction = match.Groups["fraction"].Value;
        var value = decimal.Parse(whole.Replace(",", string.Empty, StringComparison.Ordinal) + (fraction.Length > 0 ? "." + fraction : string.Empty), NumberStyles.AllowDecimalPoint, Invariant);
        var sign = match.Groups["sign"].Value;
        if (sign == "-")
        {
            value = -value;
        }

        var money = match.Groups["money"].Success;
        var suffix = match.Groups["suffix"].Value;
        if (!money && suffix == "m")
        {
            return null;
        }

        var digits = (grouped || Math.Abs(value) < 1000m ? "#,##0" : "0") + (fraction.Length > 0 ? "." + new string('0', fraction.Length) : string.Empty);
        var (scaled, format) = suffix switch
        {
            "%" => (value / 100m, digits + "%"),
            "m" => (value * 1_000_000m, digits + ",,\"m\""),
            "" => (value, digits),
            _ => (value, digits + "\"" + suffix + "\""),
        };

        if (money)
        {
            format = "\"£\"" + format;
        }

        // An explicit plus (a change: +4.5%) is kept by a format of three sections: positive, negative, zero.
        if (sign == "+")
        {
            format = $"+{format};-{format};{format}";
        }

        return new NumberCell(scaled, format);
    }

    /// <summary>A number written in the cell's XML: invariant, no exponent, no trailing zeros.</summary>
    public static string Invariantly(decimal value) => value.ToString("0.############################", Invariant);

    [GeneratedRegex(@"^(?<sign>[+-])?(?<money>£)?(?<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<fraction>\d+))?(?<suffix>%|m| days| day)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();
}
