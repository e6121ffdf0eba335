using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;
using ReportGen.Ingest;
using ReportGen.Ingest.Text;

namespace ReportGen.Composition.Registers;

/// <summary>
/// Reads the registers a project file names under <c>registers:</c> (risks, issues, milestones, finance) for the
/// reported period: every file checked, every problem at path:line:column. docs/dashboard-inputs.md describes them.
/// </summary>
public static class RegisterLoader
{
    /// <summary>
    /// The rows of each register for <paramref name="period"/>. <paramref name="themes"/> are the goal keys the
    /// reports know: a row under another theme would be shown nowhere, so it gets a warning.
    /// </summary>
    public static LoadResult<Registers> Load(ProjectFile project, Period period, IReadOnlyCollection<string> themes)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(themes);
        var problems = new ProblemList();
        var tables = new Dictionary<string, IReadOnlyList<RegisterRow>>(StringComparer.Ordinal);
        foreach (var source in project.Registers)
        {
            var display = project.DisplayPath(source.Path);
            if (TextFile.ReadBytes(source.Path, display, problems, project.Reads) is not { } bytes)
            {
                continue;
            }

            var (rows, read) = RegisterFileReader.Read(bytes, display, source.Name, period, project.FinancialYearStart, problems);
            if (read > 0 && rows.Count == 0 && !problems.HasErrors)
            {
                problems.Warning(new SourceLocation(display), $"the {source.Name} register has no rows for {period}, so the pack shows none; give its rows period {period}");
            }

            foreach (var stray in rows.Where(r => !themes.Contains(r.Theme, StringComparer.OrdinalIgnoreCase)).GroupBy(r => r.Theme, StringComparer.OrdinalIgnoreCase))
            {
                var hint = Suggestions.DidYouMean(stray.Key, themes);
                problems.Warning(stray.First().Location, $"the theme '{stray.Key}' is no goal of the reports' indicators or settings, so its {stray.Count()} {(stray.Count() == 1 ? "row is" : "rows are")} shown nowhere{hint}; the goals are {string.Join(", ", themes)}");
            }

            tables[source.Name] = rows;
        }

        return problems.Result(new Registers(tables));
    }
}
