using System.Globalization;
using System.Text;
using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Html.Markup;

/// <summary>Numbers and colours as CSS and SVG write them, the same on every machine.</summary>
internal static class Css
{
    /// <summary>A number with at most two decimals, invariant: <c>12.5</c>.</summary>
    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A length in points: <c>11pt</c>.</summary>
    public static string Points(double value) => Number(value) + "pt";

    /// <summary>
    /// <paramref name="text"/> as a quoted CSS string: every character but ASCII letters, digits and spaces is written
    /// as a hex escape, so no text can end the string, the rule or the stylesheet; controls are dropped.
    /// </summary>
    public static string String(string text)
    {
        var result = new System.Text.StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune))
            {
                continue;
            }

            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value == ' '))
            {
                result.Append((char)rune.Value);
            }
            else
            {
                result.Append('\\').Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return result.Append('"').ToString();
    }

    /// <summary><c>#RRGGBB</c>.</summary>
    public static string Color(Rgb color) => "#" + color.Hex;
}
