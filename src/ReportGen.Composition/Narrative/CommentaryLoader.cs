using ReportGen.Composition;
using ReportGen.Composition.Narrative;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;
using ReportGen.Ingest;
using ReportGen.Ingest.Projects;
using ReportGen.Ingest.Text;

namespace ReportGen.Composition.Narrative;

/// <summary>
/// Reads the commentary for a reporting period from <c>commentary/&lt;period&gt;.md</c>, where the period's label
/// has <c>/</c> and spaces replaced by <c>-</c>: <c>2016-17-Q3.md</c>, or <c>2016-12.md</c> for a month.
/// </summary>
public static class CommentaryLoader
{
    /// <summary>The file name of <paramref name="period"/>'s commentary: <c>2016-17-Q3.md</c>.</summary>
    public static string FileName(Period period) =>
        period.ToString().Replace('/', '-').Replace(' ', '-') + ".md";

    /// <summary>
    /// Reads the commentary of <paramref name="period"/>; a missing file is no commentary and no problem.
    /// </summary>
    /// <param name="project">The project.</param>
    /// <param name="period">The reported period.</param>
    /// <param name="indicatorIds">The ids of the defined indicators: a level-1 heading equal to one starts its notes.</param>
    /// <param name="includeRestricted">Whether to keep what headings mark <c>(restricted)</c>; the public edition leaves it out.</param>
    public static LoadResult<Commentary> Load(ProjectFile project, Period period, IReadOnlyCollection<string> indicatorIds, bool includeRestricted = true)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(indicatorIds);
        var problems = new ProblemList();
        var path = Path.Join(project.CommentaryDirectory, FileName(period));
        if (!File.Exists(path))
        {
            return problems.Result(Commentary.Empty);
        }

        var display = project.DisplayPath(path);
        if (!RealPaths.IsInside(project.Directory, path))
        {
            problems.Error(new SourceLocation(display), $"this commentary file leads outside the project folder through a symbolic link, so it is not read; {RealPaths.OutsideHint}");
            return problems.Result<Commentary>(null);
        }

        var commentary = TextFile.ReadText(path, display, problems, project.Reads) is { } text
            ? CommentaryParser.Parse(text, display, indicatorIds, problems, includeRestricted)
            : Commentary.Empty;
        return problems.Result(commentary);
    }
}
