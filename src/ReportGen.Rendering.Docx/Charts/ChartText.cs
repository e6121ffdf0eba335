using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Docx.Charts;

/// <summary>The type of a Word chart: the document's font, the PDF chart's sizes and colours.</summary>
/// <param name="Font">The font family.</param>
/// <param name="TitleSize">The chart title's size (bold).</param>
/// <param name="LabelSize">The size of tick labels, legend and line labels.</param>
internal sealed record ChartText(string Font, double TitleSize, double LabelSize)
{
    /// <summary>GOV.UK text black.</summary>
    public static Rgb Ink { get; } = Rgb.FromHex("#0B0C0C");

    /// <summary>The grey of tick labels and the axis line.</summary>
    public static Rgb Axis { get; } = Rgb.FromHex("#505A5F");

    /// <summary>The light grey of gridlines.</summary>
    public static Rgb Grid { get; } = Rgb.FromHex("#D9D9D9");

    /// <summary>The type for <paramref name="style"/>: titles a point above table text, labels a point below.</summary>
    public static ChartText For(DocumentStyle style) => new(style.FontFamily, style.SmallSize + 1, Math.Max(7, style.SmallSize - 1));
}
