namespace ReportGen.Core;

/// <summary>
/// The one rounding rule for display, used by every renderer: half away from zero, the way finance teams
/// round (66.65 → 66.7, −2.5 → −3). Figures are never rounded before they are shown.
/// </summary>
public static class Rounding
{
    /// <summary>Rounds <paramref name="value"/> to <paramref name="decimals"/> places, half away from zero.</summary>
    public static decimal ForDisplay(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
