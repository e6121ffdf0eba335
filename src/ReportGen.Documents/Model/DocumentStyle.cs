namespace ReportGen.Documents.Model;

/// <summary>Typography shared by the renderers. Sizes are in points.</summary>
/// <param name="FontFamily">The family every edition names: the PDF embeds it (Liberation Sans ships with the PDF renderer),
/// Word documents name it with a metric-compatible fallback, and readers' machines supply it.</param>
/// <param name="BodySize">Body text size.</param>
/// <param name="SmallSize">Size of table text and notes.</param>
/// <param name="HeadingSizes">Sizes of heading levels 1, 2, 3 and 4.</param>
/// <param name="HeadingColor">The colour of headings.</param>
/// <param name="TableHeaderBackground">The fill of table header cells.</param>
/// <param name="TableHeaderForeground">The text colour of table header cells.</param>
/// <param name="RuleColor">The colour of table borders and rules.</param>
public sealed record DocumentStyle(
    string FontFamily,
    double BodySize,
    double SmallSize,
    IReadOnlyList<double> HeadingSizes,
    Rgb HeadingColor,
    Rgb TableHeaderBackground,
    Rgb TableHeaderForeground,
    Rgb RuleColor)
{
    /// <summary>Liberation Sans (Arial's metrics) 11 pt with GOV.UK-like headings and dark-blue table headers.</summary>
    public static DocumentStyle Default { get; } = new(
        FontFamily: "Liberation Sans",
        BodySize: 11,
        SmallSize: 9,
        HeadingSizes: [18, 14, 12, 11],
        HeadingColor: Rgb.FromHex("#0B0C0C"),
        TableHeaderBackground: Rgb.FromHex("#12436D"),
        TableHeaderForeground: Rgb.FromHex("#FFFFFF"),
        RuleColor: Rgb.FromHex("#505A5F"));

    /// <summary>The size of heading level <paramref name="level"/> (1-based; deeper levels take the last size).</summary>
    public double HeadingSize(int level) => HeadingSizes[Math.Clamp(level, 1, HeadingSizes.Count) - 1];
}
