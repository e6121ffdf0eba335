using ReportGen.Core.Diagnostics;

namespace ReportGen.Core.Indicators;

/// <summary>
/// An indicator's targets for one financial year, in any of the contract's forms. Lists are indexed by
/// quarter (four entries) or, for monthly packs, by month of the financial year (twelve entries).
/// </summary>
/// <param name="Annual">The target for the whole year.</param>
/// <param name="Ytd">Cumulative targets at the end of each quarter (or month).</param>
/// <param name="Periods">A target for each quarter (or month) on its own (<c>quarters:</c> or <c>months:</c> in YAML).</param>
public sealed record TargetSet(decimal? Annual, IReadOnlyList<decimal>? Ytd, IReadOnlyList<decimal>? Periods)
{
    /// <summary>Where the year's targets are written (its key in the indicator file), for <c>reportgen explain</c>; <see langword="null"/> when made in code.</summary>
    public SourceLocation? Source { get; init; }
}
