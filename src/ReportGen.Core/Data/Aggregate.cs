namespace ReportGen.Core.Data;

/// <summary>
/// An indicator's figure over a span, with the parts of a rate so that packs can say "17 of 59".
/// <see cref="Value"/> is <see langword="null"/> when the figure cannot be had (no data, a month missing,
/// a zero denominator).
/// </summary>
/// <param name="Value">The figure in display units (28.81… for 17 of 59 as a percent).</param>
/// <param name="Numerator">For ratio indicators: the summed numerators.</param>
/// <param name="Denominator">For ratio indicators: the summed denominators.</param>
public sealed record Aggregate(decimal? Value, decimal? Numerator = null, decimal? Denominator = null)
{
    /// <summary>No figure.</summary>
    public static Aggregate None { get; } = new(Value: null);

    /// <summary>A figure withheld by disclosure control: shown as <c>[c]</c>, with no value and no parts.</summary>
    public static Aggregate Confidential { get; } = new(Value: null) { Suppressed = true };

    /// <summary>
    /// Whether disclosure control withheld the figure (docs/disclosure.md): <see cref="Value"/> and the parts are then
    /// <see langword="null"/>, and every output shows <c>[c]</c>.
    /// </summary>
    public bool Suppressed { get; init; }

    /// <summary>
    /// The marker the data wrote where this blank figure's row had its figure (<c>N/A</c>, <c>Not available</c>,
    /// <c>[x]</c>, as written), the reason the figure is blank, for packs to show instead of a plain blank;
    /// <see langword="null"/> for a figure that is there, or blank for want of a row.
    /// </summary>
    public string? NotAvailable { get; init; }
}
