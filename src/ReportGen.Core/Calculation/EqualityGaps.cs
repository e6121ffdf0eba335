using ReportGen.Core.Analytics;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Results;

namespace ReportGen.Core.Calculation;

/// <summary>
/// Each group's rated figure minus the whole's (by basis), rated against the definition's band; groups in the
/// order the definition names them, or every group by name.
/// </summary>
internal static class EqualityGaps
{
    /// <summary>The gaps of <paramref name="result"/>'s groups; none when the definition asks for none.</summary>
    public static IReadOnlyList<EqualityGap> Of(IndicatorResult result, ICollection<Problem> warnings)
    {
        var definition = result.Definition;
        if (definition.Gaps is not { } settings)
        {
            return [];
        }

        var whole = IndicatorAnalytics.RatedOf(definition, result.Period, result.Ytd);
        var byName = result.Breakdowns.ToDictionary(b => b.Breakdown, StringComparer.Ordinal);
        var names = settings.Groups.Count > 0 ? settings.Groups : [.. byName.Keys];
        var gaps = new List<EqualityGap>();
        var missing = new List<string>();
        foreach (var name in names)
        {
            var value = byName.TryGetValue(name, out var group) ? IndicatorAnalytics.RatedOf(definition, group.Period, group.Ytd) : null;
            if (value is null)
            {
                missing.Add(name);
            }

            var gap = value - whole;
            gaps.Add(new EqualityGap(name, value, gap, gap is { } g ? GapRating.Rate(g, settings) : null));
        }

        if (missing.Count > 0)
        {
            warnings.Add(Problem.Warning(null,
                $"{definition.Id}: {Formatting.Join(missing)} {(missing.Count == 1 ? "has" : "have")} no figure, so {(missing.Count == 1 ? "its" : "their")} equality gap is blank"));
        }

        if (whole is null && missing.Count < names.Count)
        {
            warnings.Add(Problem.Warning(null, $"{definition.Id}: the whole has no figure, so its equality gaps are blank"));
        }

        return gaps;
    }
}
