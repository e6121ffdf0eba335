namespace ReportGen.Composition;

/// <summary>
/// The breakdown group a pack is built for (<c>reportgen build --for-each borough</c>): templates see it as
/// <c>pack.breakdown</c> (<c>borough</c>) and <c>pack.value</c> (<c>Havering</c>), both empty in a build of the whole.
/// </summary>
/// <param name="Breakdown">The breakdown's name, as the data's column is named.</param>
/// <param name="Value">The group, as the data gives it.</param>
public sealed record PackOf(string Breakdown, string Value);
