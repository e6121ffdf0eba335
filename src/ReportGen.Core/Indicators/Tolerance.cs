namespace ReportGen.Core.Indicators;

/// <summary>How far from its target an indicator may be and still count as on target.</summary>
public sealed record Tolerance
{
    /// <summary>Creates a tolerance; the amount must not be negative.</summary>
    public Tolerance(ToleranceKind kind, decimal amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        Kind = kind;
        Amount = amount;
    }

    /// <summary>How <see cref="Amount"/> is read.</summary>
    public ToleranceKind Kind { get; }

    /// <summary>The amount, as written (5 for <c>5%</c>).</summary>
    public decimal Amount { get; }

    /// <summary>The allowed distance from <paramref name="target"/>, in the indicator's display units.</summary>
    public decimal AllowanceFor(decimal target) => Kind switch
    {
        ToleranceKind.PercentOfTarget => Math.Abs(target) * Amount / 100m,
        _ => Amount,
    };

    /// <summary>As written in a definition: <c>5%</c>, <c>100</c>, <c>2pp</c>.</summary>
    public override string ToString() => Kind switch
    {
        ToleranceKind.PercentOfTarget => $"{Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}%",
        ToleranceKind.PercentagePoints => $"{Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}pp",
        _ => Amount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
