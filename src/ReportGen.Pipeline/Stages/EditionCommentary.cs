using ReportGen.Composition;
using ReportGen.Composition.Narrative;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Indicators;

namespace ReportGen.Pipeline.Stages;

/// <summary>
/// The commentary an edition shows: for the public one, without the notes of restricted indicators (whether or not
/// the notes themselves are marked), so that nothing composed can reach them. Parts marked restricted were already
/// left out when the file was read.
/// </summary>
internal static class EditionCommentary
{
    public static Commentary For(Commentary commentary, IReadOnlyList<IndicatorDefinition> definitions, EditionKind edition)
    {
        if (edition == EditionKind.Restricted)
        {
            return commentary;
        }

        var restricted = definitions.Where(d => d.Restricted).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var kept = commentary.Indicators.Where(i => !restricted.Contains(i.Key)).ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
        var dropped = commentary.Indicators.Keys.Where(restricted.Contains);
        return commentary with
        {
            Indicators = kept,
            Withheld = commentary.Withheld.Union(dropped, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal),
        };
    }
}
