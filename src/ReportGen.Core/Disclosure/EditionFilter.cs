using ReportGen.Core.Results;

namespace ReportGen.Core.Disclosure;

/// <summary>Leaves restricted indicators out of the public edition's results, and counts the ratings again without them.</summary>
public static class EditionFilter
{
    /// <summary>The results of <paramref name="edition"/>: all of them for the restricted edition; without restricted indicators for the public one.</summary>
    public static ReportResults For(ReportResults results, EditionKind edition)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (edition == EditionKind.Restricted)
        {
            return results;
        }

        var kept = results.Indicators.Where(r => !r.Definition.Restricted).ToList();
        return kept.Count == results.Indicators.Count ? results : results with { Indicators = kept, Summary = RagSummary.For(kept) };
    }

    /// <summary>The ids of the indicators the <paramref name="edition"/> leaves out.</summary>
    public static IReadOnlySet<string> LeftOut(IEnumerable<Indicators.IndicatorDefinition> definitions, EditionKind edition) =>
        edition == EditionKind.Restricted
            ? new HashSet<string>(StringComparer.Ordinal)
            : definitions.Where(d => d.Restricted).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
}
