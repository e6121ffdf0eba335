namespace ReportGen.Core.Indicators;

/// <summary>How an indicator is rated.</summary>
/// <param name="Method">The rating method.</param>
/// <param name="Basis">Which figure is rated.</param>
/// <param name="Bands">For <see cref="RagMethod.Bands"/>: the bands, best first.</param>
/// <param name="RedIfWorsening">For <see cref="RagMethod.Bands"/>: any short-term worsening rates Red.</param>
public sealed record RagRule(RagMethod Method, RatingBasis Basis, IReadOnlyList<RagBand> Bands, bool RedIfWorsening)
{
    /// <summary>The default: the tolerance rule on the year-to-date figure.</summary>
    public static RagRule Default { get; } = new(RagMethod.Tolerance, RatingBasis.Ytd, [], false);

    /// <summary>For <see cref="RagMethod.TargetDistance"/>: how far short of the target is still Amber (<c>10%</c>, <c>5pp</c>, <c>250</c>).</summary>
    public Tolerance? AmberWithin { get; init; }

    /// <summary>For <see cref="RagMethod.TargetDistance"/>: how far short of the target is still Green; none means the target must be met.</summary>
    public Tolerance? GreenWithin { get; init; }
}
