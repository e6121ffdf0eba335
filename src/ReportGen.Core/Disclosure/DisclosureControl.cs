using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Results;

namespace ReportGen.Core.Disclosure;

/// <summary>
/// Disclosure control (docs/disclosure.md), applied to the results after calculation and before anything is composed,
/// so that tables, charts, JSON, CSV and narrative all show the same figures. Small counts (primary suppression) and
/// the figures of indicators left out of the edition are hidden; then complementary figures (secondary suppression)
/// until none of them can be worked out from the figures shown and the sums they obey; then whatever was worked out
/// from a hidden figure is withheld, and the RAG summary is counted again. Pure: no I/O.
/// </summary>
public static class DisclosureControl
{
    /// <summary>The results with suppressed figures shown as <see cref="Aggregate.Confidential"/>.</summary>
    /// <param name="results">The calculated results.</param>
    /// <param name="rules">The project's disclosure control.</param>
    /// <param name="leftOut">
    /// Indicators the edition leaves out (restricted ones in the public edition): still in <paramref name="results"/>,
    /// they are treated as hidden so that no total gives them away; the caller removes them afterwards.
    /// </param>
    public static ReportResults Apply(ReportResults results, DisclosureRules rules, IReadOnlySet<string>? leftOut = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(rules);
        var table = CellTable.Build(results, rules, leftOut ?? new HashSet<string>(StringComparer.Ordinal));
        if (!table.Cells.Any(c => c.Protect))
        {
            return results;
        }

        var (hidden, unprotected) = SecondarySuppression.Choose(table);
        var indicators = results.Indicators.Select(r => ResultMasking.Mask(r, results.Period, table, hidden)).ToList();
        var warnings = unprotected
            .Select(c => Problem.Warning(null, $"{c.Indicator}: disclosure control cannot protect its {c.Slot} figure; check the totals it is part of"))
            .ToList();
        return results with
        {
            Indicators = indicators,
            Summary = RagSummary.For(indicators),
            Warnings = [.. results.Warnings, .. warnings],
        };
    }
}
