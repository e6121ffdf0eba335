using ReportGen.Core.Diagnostics;
using ReportGen.Core.Results;

namespace ReportGen.Composition;

/// <summary>
/// Which indicators a block shows: <c>all</c> (or nothing said) for every indicator in scope (the goal's inside
/// <c>for_each: goal</c>, else the report's), or ids. Each id is Liquid and may render to several, separated by
/// commas or spaces (<c>"{{ goal.monthly | join: ',' }}"</c>); ids are found among all the report's indicators.
/// An id the edition left out (a restricted indicator in the public edition) is passed over, not an error: the block
/// shows the rest.
/// </summary>
internal static class IndicatorSelection
{
    /// <summary>The word for every indicator in scope: lower case only, so that an indicator may be called <c>ALL</c> (All crime).</summary>
    public const string All = "all";

    private static readonly char[] Separators = [',', ' ', '\t', '\n', '\r'];

    /// <summary>
    /// The indicators <paramref name="ids"/> name, in their order; an error naming <paramref name="what"/> for an id the
    /// report does not have, unless the edition left it out. An id that renders empty names nothing.
    /// </summary>
    public static IReadOnlyList<IndicatorResult> Select(
        IReadOnlyList<string>? ids, CompositionContext context, SourceLocation location, string what, IReadOnlyDictionary<string, object>? locals = null)
    {
        if (ids is null || (ids.Count == 1 && string.Equals(ids[0].Trim(), All, StringComparison.Ordinal)))
        {
            return context.Input.Results.Indicators;
        }

        var report = context.Report.Indicators;
        var chosen = new List<IndicatorResult>();
        foreach (var id in ids.SelectMany(id => context.Text(id, location, locals).Split(Separators, StringSplitOptions.RemoveEmptyEntries)))
        {
            if (string.Equals(id, All, StringComparison.Ordinal))
            {
                chosen.AddRange(context.Input.Results.Indicators);
            }
            else if (report.FirstOrDefault(r => string.Equals(r.Definition.Id, id, StringComparison.Ordinal)) is { } result)
            {
                chosen.Add(result);
            }
            else if (LeftOut(context, id))
            {
                context.PassedOver.Add();
            }
            else
            {
                context.Problems.Add(Problem.Error(location,
                    $"{what} names the indicator '{id}', which is not in this report; its indicators are {string.Join(", ", report.Select(r => r.Definition.Id))}"));
            }
        }

        return chosen;
    }

    /// <summary>Whether the edition being composed left the indicator <paramref name="id"/> out of the results.</summary>
    public static bool LeftOut(CompositionContext context, string id) => context.Input.Edition?.LeftOut.Contains(id) == true;
}
