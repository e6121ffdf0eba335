using ReportGen.Documents.Model;

namespace ReportGen.Composition.Charts;

/// <summary>
/// The Analysis Function's accessible categorical palette (GSS, "Data visualisation: colours"), in its order, and
/// the roles charts give the colours. Colour never works alone: each role also has its own dash or marker.
/// </summary>
internal static class ChartPalette
{
    /// <summary>Dark blue, the first colour: this year, the main series.</summary>
    public static Rgb DarkBlue { get; } = Rgb.FromHex("#12436D");

    /// <summary>Turquoise, the second colour: last year, an SPC chart's mean.</summary>
    public static Rgb Turquoise { get; } = Rgb.FromHex("#28A197");

    /// <summary>Dark pink, the third colour: targets.</summary>
    public static Rgb DarkPink { get; } = Rgb.FromHex("#801650");

    /// <summary>Orange, the fourth colour: special cause of concern.</summary>
    public static Rgb Orange { get; } = Rgb.FromHex("#F46A25");

    /// <summary>Dark grey, the fifth colour: an SPC chart's points and limits.</summary>
    public static Rgb DarkGrey { get; } = Rgb.FromHex("#3D3D3D");

    /// <summary>Light purple, the sixth colour: special cause that is neither better nor worse.</summary>
    public static Rgb LightPurple { get; } = Rgb.FromHex("#A285D1");

    /// <summary>A mid grey for bars of indicators without a rating.</summary>
    public static Rgb NotRated { get; } = Rgb.FromHex("#B1B4B6");
}
