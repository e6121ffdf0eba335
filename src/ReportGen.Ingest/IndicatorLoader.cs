using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Ingest.Definitions;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest;

/// <summary>Reads the indicator definitions (contract section 3) a project names: one definition or a list per file.</summary>
public static class IndicatorLoader
{
    /// <summary>
    /// Reads every file of <see cref="ProjectFile.IndicatorFiles"/>: definitions in ordinal order of the files'
    /// paths, then in file order. An id defined twice is an error naming both places; the first is kept.
    /// </summary>
    /// <param name="project">The project.</param>
    public static LoadResult<IReadOnlyList<IndicatorDefinition>> Load(ProjectFile project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var problems = new ProblemList();
        var definitions = new List<IndicatorDefinition>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var file in project.IndicatorFiles.Order(StringComparer.Ordinal))
        {
            var display = project.DisplayPath(file);
            if (TextFile.ReadText(file, display, problems, project.Reads) is not { } text)
            {
                continue;
            }

            foreach (var (definition, location) in Parse(text, display, project.FinancialYearStart, problems))
            {
                if (seen.TryGetValue(definition.Id, out var first))
                {
                    problems.Error(location, $"the indicator id '{definition.Id}' is defined twice: here and at {first}; give each indicator its own id");
                    continue;
                }

                seen.Add(definition.Id, location);
                definitions.Add(definition);
            }
        }

        if (definitions.Count == 0 && !problems.HasErrors)
        {
            problems.Error(new SourceLocation(project.DisplayPath(project.FilePath)), "the project has no indicator definitions; add YAML files such as indicators/csp1.yaml (see docs/project-files.md)");
        }
        else if (!problems.HasErrors)
        {
            CheckTotals(project, seen, problems);
        }

        return problems.Result<IReadOnlyList<IndicatorDefinition>>(definitions);
    }

    // The ids a disclosure total names must be defined, or the total would protect nothing.
    private static void CheckTotals(ProjectFile project, Dictionary<string, SourceLocation> defined, ProblemList problems)
    {
        foreach (var (total, location) in project.DeclaredTotals)
        {
            foreach (var id in total.Parts.Prepend(total.Total).Where(id => !defined.ContainsKey(id)))
            {
                var hint = Suggestions.Closest(id, [.. defined.Keys]) is { } match ? $"; did you mean '{match}'?" : string.Empty;
                problems.Error(location, $"the disclosure total '{total.Total}' names '{id}', which no definition has{hint}");
            }
        }
    }

    /// <summary>The definitions in one file's text, each with where it starts.</summary>
    internal static IReadOnlyList<(IndicatorDefinition Definition, SourceLocation Location)> Parse(string text, string path, int startMonth, ProblemList problems)
    {
        var found = new List<(IndicatorDefinition, SourceLocation)>();
        foreach (var document in YamlLoader.Load(text, path, problems))
        {
            var items = document is YamlSequence sequence ? sequence.Items : [document];
            foreach (var item in items)
            {
                if (item is not YamlMapping mapping)
                {
                    problems.Error(item.Location, $"an indicator definition must be a map of keys such as id and title, not {item.Kind}");
                    continue;
                }

                if (DefinitionReader.Read(mapping, startMonth, problems) is { } definition)
                {
                    found.Add((definition, mapping.Location));
                }
            }
        }

        return found;
    }
}
