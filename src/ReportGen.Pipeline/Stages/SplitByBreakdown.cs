using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;

namespace ReportGen.Pipeline.Stages;

/// <summary>
/// The stage of a <c>--for-each</c> run that splits the project's inputs, read once, into each group's own inputs.
/// An indicator whose data has groups of the breakdown is <em>split</em>: a group's pack has that group's rows alone,
/// as the whole (the area's rows and other groups' are left out), and the definition's targets for that group
/// (<c>targets: { by: { Havering: … } }</c>) in place of its own; with none for the group, no target. An indicator
/// whose data has no group of the breakdown (an area-wide table) is the same in every pack, as it is in a build of the
/// whole. So a group's pack has the figures of a build over the data filtered to that group.
/// </summary>
internal sealed class SplitByBreakdown
{
    private static readonly IReadOnlyDictionary<FinancialYear, TargetSet> NoTargets = new Dictionary<FinancialYear, TargetSet>();

    private readonly ProjectInputs _inputs;
    private readonly HashSet<string> _split;
    private readonly List<Observation> _unsplit;
    private readonly Dictionary<string, List<Observation>> _byGroup;

    private SplitByBreakdown(ProjectInputs inputs, string breakdown)
    {
        _inputs = inputs;
        Breakdown = breakdown;
        var ofBreakdown = inputs.Observations.Where(o => IsOf(o, breakdown)).ToList();
        _split = ofBreakdown.Select(o => o.IndicatorId).ToHashSet(StringComparer.Ordinal);
        _unsplit = inputs.Observations.Where(o => !_split.Contains(o.IndicatorId)).ToList();
        _byGroup = new Dictionary<string, List<Observation>>(StringComparer.Ordinal);
        foreach (var row in ofBreakdown)
        {
            var group = row.Breakdown!.Trim();
            if (!_byGroup.TryGetValue(group, out var rows))
            {
                _byGroup.Add(group, rows = []);
            }

            rows.Add(row with { Breakdown = null, BreakdownName = null });
        }

        Groups = _byGroup.Keys.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The breakdown's name as the data has it.</summary>
    public string Breakdown { get; }

    /// <summary>Every group of the breakdown the data has, sorted (ordinal).</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>The names of the breakdowns the data has (its columns of groups), sorted, each once whatever its case.</summary>
    public static IReadOnlyList<string> Names(IReadOnlyList<Observation> observations) =>
        observations.Select(o => o.BreakdownName).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();

    /// <summary>The split of <paramref name="inputs"/> by the breakdown named <paramref name="breakdown"/> (in any case), or none when the data has no such breakdown.</summary>
    public static SplitByBreakdown? Of(ProjectInputs inputs, string breakdown) =>
        Names(inputs.Observations).FirstOrDefault(n => string.Equals(n, breakdown.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
            ? new SplitByBreakdown(inputs, name)
            : null;

    /// <summary>The inputs of <paramref name="group"/>'s pack: its own rows and targets for the split indicators, the others as they are.</summary>
    public ProjectInputs For(string group)
    {
        var own = _byGroup.GetValueOrDefault(group) ?? [];
        var definitions = _inputs.Definitions
            .Select(d => _split.Contains(d.Id) ? d with { Targets = d.GroupTargets.GetValueOrDefault(group) ?? NoTargets } : d)
            .ToList();
        return _inputs with { Definitions = definitions, Observations = [.. _unsplit, .. own] };
    }

    private static bool IsOf(Observation row, string breakdown) =>
        row.BreakdownName is { } name && string.Equals(name, breakdown, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(row.Breakdown);
}
