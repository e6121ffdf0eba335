using System.Globalization;

namespace ReportGen.Rendering.Docx;

/// <summary>Word's units: sizes in half-points, lengths in twentieths of a point (twips).</summary>
internal static class Units
{
    /// <summary>A font size in points as Word's half-points: 11 pt is "22".</summary>
    public static string HalfPoints(double points) =>
        ((int)Math.Round(points * 2, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    /// <summary>A length in points as the nearest whole number of twips: 6 pt is 120.</summary>
    public static int ToTwips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);

    /// <summary>A length in points as twips: 6 pt is "120".</summary>
    public static string Twips(double points) => Text(ToTwips(points));

    /// <summary>A whole number of twips as Word's attribute text.</summary>
    public static string Text(int twips) => twips.ToString(CultureInfo.InvariantCulture);
}
