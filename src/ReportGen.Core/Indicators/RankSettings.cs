namespace ReportGen.Core.Indicators;

/// <summary>
/// Rank the indicator among its breakdown groups (forces, boroughs …), one of which is "us"
/// (YAML <c>rank: { among: breakdowns, self: "City of London" }</c>).
/// </summary>
/// <param name="Self">The breakdown group whose rank is reported.</param>
public sealed record RankSettings(string Self);
