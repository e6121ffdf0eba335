namespace ReportGen.Documents.Model;

/// <summary>How big a chart is drawn.</summary>
public sealed record ChartSize
{
    /// <summary>A chart <paramref name="widthFraction"/> of the text width wide and <paramref name="height"/> points tall.</summary>
    /// <param name="widthFraction">Its width as a share of the text width, above 0 and at most 1.</param>
    /// <param name="height">Its height in points, title and legend included; above 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size out of range.</exception>
    public ChartSize(double widthFraction, double height)
    {
        WidthFraction = widthFraction is > 0 and <= 1
            ? widthFraction
            : throw new ArgumentOutOfRangeException(nameof(widthFraction), widthFraction, "A chart's width is a share of the text width, above 0 and at most 1.");
        Height = height > 0 ? height : throw new ArgumentOutOfRangeException(nameof(height), height, "A chart's height must be above 0.");
    }

    /// <summary>The whole text width, 7 cm tall.</summary>
    public static ChartSize Default { get; } = new(1, 7 * 72 / 2.54);

    /// <summary>Its width as a share of the text width.</summary>
    public double WidthFraction { get; }

    /// <summary>Its height in points, title and legend included.</summary>
    public double Height { get; }
}
