using System.Globalization;
using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Html.Markup;

/// <summary>Numbers and colours as CSS and SVG write them, the same on every machine.</summary>
internal static class Css
{
    /// <summary>A number with at most two decimals, invariant: <c>12.5</c>.</summary>
    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A length in points: <c>11pt</c>.</summary>
    public static string Points(double value) => Number(value) + "pt";

    /// <summary><c>#RRGGBB</c>.</summary>
    public static string Color(Rgb color) => "#" + color.Hex;
}
