using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Pipeline.Stages;

namespace ReportGen.Pipeline.Explaining;

/// <summary>
/// <c>reportgen explain</c>: runs a build's first stages (load the project, choose the period, calculate, with the
/// project's own edition) and explains one indicator's result. The figures, the target, the rating and the directions
/// are the build's own (<see cref="Calculate"/>); this only says how they came about.
/// </summary>
public static class Explainer
{
    /// <summary>Explains indicator <paramref name="id"/> of the project in <paramref name="directory"/> for <paramref name="request"/>.</summary>
    public static ExplainOutcome Explain(string directory, PeriodRequest request, string id)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(id);
        var problems = new List<Problem>();
        if (!Directory.Exists(directory))
        {
            problems.Add(Problem.Error(null, $"the project folder '{directory}' does not exist; give --project the folder holding reportgen.yaml"));
            return new ExplainOutcome(BuildStatus.BadRequest, problems, null);
        }

        if (LoadProject.Run(directory, problems) is not { } inputs)
        {
            return new ExplainOutcome(BuildStatus.Failed, problems, null);
        }

        if (!inputs.Definitions.Any(d => d.Id == id))
        {
            problems.Add(Problem.Error(null, UnknownId(id, [.. inputs.Definitions.Select(d => d.Id)])));
            return new ExplainOutcome(BuildStatus.BadRequest, problems, null);
        }

        if (ChoosePeriod.Run(request, inputs.Observations, inputs.Project.FinancialYearStart, problems) is not { } period)
        {
            return new ExplainOutcome(BuildStatus.BadRequest, problems, null);
        }

        var edition = BuildEdition.Of(null, inputs.Project);
        var calculated = Calculate.Run(inputs, period, edition, problems);
        var errors = problems.Any(p => p.Severity == Severity.Error);
        if (calculated.Results.Indicators.FirstOrDefault(r => r.Definition.Id == id) is not { } result)
        {
            if (!errors)
            {
                problems.Add(Problem.Error(null,
                    $"{id} is left out of the {edition.Kind.ToString().ToLowerInvariant()} edition (restricted: true), so no figure of it is published; "
                    + "set edition: restricted in the project file to explain it"));
            }

            return new ExplainOutcome(BuildStatus.Failed, problems, null);
        }

        var explanation = ExplanationBuilder.Of(result, period, inputs.Observations.Where(o => o.IndicatorId == id).ToList());
        return new ExplainOutcome(errors ? BuildStatus.Failed : BuildStatus.Built, problems, errors ? null : explanation);
    }

    /// <summary>"no indicator has the id 'CSP9'; did you mean CSP1?" with the nearest ids, or the first few ids.</summary>
    internal static string UnknownId(string id, IReadOnlyList<string> ids)
    {
        var shown = Excerpt.Of(id);
        if (ids.Count == 0)
        {
            return $"no indicator has the id '{shown}': the project defines no indicators";
        }

        var near = ids
            .Select(known => (Id: known, Distance: Distance(id.ToUpperInvariant(), known.ToUpperInvariant())))
            .Where(x => x.Distance <= Math.Max(2, x.Id.Length / 3))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .Take(3)
            .Select(x => x.Id)
            .ToList();
        return near.Count > 0
            ? $"no indicator has the id '{shown}'; did you mean {(near.Count == 1 ? near[0] : $"{string.Join(", ", near.Take(near.Count - 1))} or {near[^1]}")}? ('reportgen list' lists them)"
            : $"no indicator has the id '{shown}'; the ids are {string.Join(", ", ids.Take(8))}{(ids.Count > 8 ? ", …" : string.Empty)} ('reportgen list' lists them)";
    }

    /// <summary>The Levenshtein distance between two ids.</summary>
    private static int Distance(string a, string b)
    {
        if (a.Length > 200 || b.Length > 200)
        {
            return int.MaxValue;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
