namespace ReportGen.Core.Indicators;

/// <summary>
/// Equality gaps: each named breakdown group's rated figure minus the whole's, rated against a band
/// (YAML <c>equality_gap: { groups: [Black, Mixed], band: 5 }</c>). The MOPAC quarterly performance dashboard, Q1
/// 2021/22: "Reduce equality gap Black (B) and Mixed (M) ±5%".
/// </summary>
/// <param name="Band">The largest gap, either way and in the indicator's unit (percentage points for a percent), that is Green.</param>
/// <param name="Groups">The groups to report, in this order; empty for every group, by name.</param>
/// <param name="RedBeyond">A gap larger than this either way is Red; <see langword="null"/> for none (outside the band is Amber).</param>
public sealed record GapSettings(decimal Band, IReadOnlyList<string> Groups, decimal? RedBeyond = null);
