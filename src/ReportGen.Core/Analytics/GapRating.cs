using ReportGen.Core.Indicators;

namespace ReportGen.Core.Analytics;

/// <summary>Rates an equality gap against its band: Green within (the edge is within), Red beyond the red line, Amber between.</summary>
internal static class GapRating
{
    /// <summary>The rating of <paramref name="gap"/> under <paramref name="settings"/>.</summary>
    public static Rag Rate(decimal gap, GapSettings settings)
    {
        var size = Math.Abs(gap);
        return size <= settings.Band ? Rag.Green
            : settings.RedBeyond is { } red && size > red ? Rag.Red
            : Rag.Amber;
    }
}
