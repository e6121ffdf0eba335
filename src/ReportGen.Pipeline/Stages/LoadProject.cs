using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Ingest;

namespace ReportGen.Pipeline.Stages;

/// <summary>Stage 1: the project file, the indicator definitions and the data, read and checked together.</summary>
internal static class LoadProject
{
    /// <summary>What the data's warning about an undefined indicator says, to drop it when the definitions could not all be read.</summary>
    private const string UndefinedIndicator = " is not a defined indicator, so ";

    /// <summary>
    /// Reads everything; <see langword="null"/> when there are errors (all of them added to <paramref name="problems"/>:
    /// the definitions and the data are both read even when one has errors, so a run reports them all). Problems
    /// that only follow from another are left out: with the definitions unreadable, every data row would otherwise
    /// be "not a defined indicator".
    /// </summary>
    public static ProjectInputs? Run(string directory, List<Problem> problems)
    {
        var project = ProjectLoader.Load(directory);
        problems.AddRange(project.Problems);
        if (project.Value is null)
        {
            return null;
        }

        // When the project file's own error left no definition file to read, "the project has no indicator
        // definitions" would only repeat it.
        var definitions = project.HasErrors && project.Value.IndicatorFiles.Count == 0 ? null : IndicatorLoader.Load(project.Value);
        problems.AddRange(definitions?.Problems ?? []);
        var defined = definitions?.Value ?? [];
        var complete = definitions is { HasErrors: false };
        var measures = MeasuresLoader.Load(project.Value, defined, out var rows);
        problems.AddRange(measures.Problems.Where(p => complete || p.Severity == Severity.Error || !p.Message.Contains(UndefinedIndicator, StringComparison.Ordinal)));
        if (complete)
        {
            CheckReportIndicators(project.Value, defined, problems);
        }

        return !complete || project.HasErrors || measures.HasErrors || problems.Any(p => p.Severity == Severity.Error)
            ? null
            : new ProjectInputs(project.Value, defined, measures.Value!, rows);
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
