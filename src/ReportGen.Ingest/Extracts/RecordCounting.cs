using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Extracts;

/// <summary>Counts the record-level extracts (<c>shape: records</c>) a project lists, streaming each file once.</summary>
public static class RecordCounting
{
    /// <summary>The counts of every record-level entry of <paramref name="project"/>, in the order listed.</summary>
    public static LoadResult<IReadOnlyList<RecordCountTable>> Count(ProjectFile project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var problems = new ProblemList();
        var tables = Specs(project).Select(spec => new RecordCountTable(CountEntry(project, spec, problems))).ToArray();
        return problems.Result<IReadOnlyList<RecordCountTable>>(tables);
    }

    /// <summary>Counts the files of the entry <paramref name="spec"/> together, reporting what was not counted.</summary>
    internal static RecordTally CountEntry(ProjectFile project, RecordSpec spec, ProblemList problems)
    {
        var tally = new RecordTally(spec);
        var log = new RowProblemLog(spec.BadRowsWarn, problems);
        foreach (var source in project.Data.Where(s => ReferenceEquals(s.Shape, spec)))
        {
            RecordFileCounter.Count(source.Path, project.DisplayPath(source.Path), source.Encoding, tally, log, problems, project.Reads);
        }

        log.Finish(tally.Files.FirstOrDefault() ?? project.DisplayPath(project.FilePath));
        tally.Uncounted = log.Total;
        tally.Finish(problems);
        return tally;
    }

    private static IEnumerable<RecordSpec> Specs(ProjectFile project) =>
        project.Data.Select(s => s.Shape).OfType<RecordSpec>().Distinct(ReferenceEqualityComparer.Instance).Cast<RecordSpec>();
}
