namespace ReportGen.Core.Indicators;

/// <summary>The best range of a <see cref="Polarity.Band"/> indicator, such as 28–40%. Either end may be open.</summary>
/// <param name="Min">The lowest value in the range, if any.</param>
/// <param name="Max">The highest value in the range, if any.</param>
public sealed record TargetRange(decimal? Min, decimal? Max)
{
    /// <summary>How far <paramref name="value"/> lies outside the range; 0 inside it.</summary>
    public decimal DistanceFrom(decimal value) =>
        Min is { } min && value < min ? min - value
        : Max is { } max && value > max ? value - max
        : 0m;
}
