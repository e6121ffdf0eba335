using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Ingest;

namespace ReportGen.Pipeline;

/// <summary>The project file, definitions and data of a build, read and checked together.</summary>
/// <param name="Project">The project file.</param>
/// <param name="Definitions">The indicator definitions.</param>
/// <param name="Observations">The data rows.</param>
internal sealed record ProjectInputs(ProjectFile Project, IReadOnlyList<IndicatorDefinition> Definitions, IReadOnlyList<Observation> Observations)
{
    /// <summary>
    /// Reads everything; <see langword="null"/> when there are errors (all of them added to <paramref name="problems"/>:
    /// the definitions and the data are both read even when one has errors, so a run reports them all).
    /// </summary>
    public static ProjectInputs? Load(string directory, List<Problem> problems)
    {
        var project = ProjectLoader.Load(directory);
        problems.AddRange(project.Problems);
        if (project.Value is null)
        {
            return null;
        }

        var definitions = IndicatorLoader.Load(project.Value);
        problems.AddRange(definitions.Problems);
        var measures = MeasuresLoader.Load(project.Value, definitions.Value ?? []);
        problems.AddRange(measures.Problems);
        CheckReportIndicators(project.Value, definitions.Value ?? [], problems);
        return project.HasErrors || definitions.HasErrors || measures.HasErrors || problems.Any(p => p.Severity == Severity.Error)
            ? null
            : new ProjectInputs(project.Value, definitions.Value!, measures.Value!);
    }

    private static void CheckReportIndicators(ProjectFile project, IReadOnlyList<IndicatorDefinition> definitions, List<Problem> problems)
    {
        var known = definitions.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var report in project.Reports)
        {
            var ids = report.Indicators ?? [];
            for (var i = 0; i < ids.Count; i++)
            {
                if (!known.Contains(ids[i]))
                {
                    var location = i < report.IndicatorLocations.Count ? report.IndicatorLocations[i] : report.Location;
                    problems.Add(Problem.Error(location, $"report '{report.Id}' lists the indicator '{ids[i]}', which no definition has; the indicators are {string.Join(", ", known.Order(StringComparer.Ordinal))}"));
                }
            }
        }
    }
}
