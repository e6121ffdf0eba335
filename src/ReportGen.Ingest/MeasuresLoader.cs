using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Ingest.Extracts;
using ReportGen.Ingest.Measures;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest;

/// <summary>
/// Reads the data files a project lists under <c>data:</c>: measures CSVs (contract section 2), wide tables and
/// record-level extracts (docs/extracts.md), into one list of observations checked across all of them.
/// </summary>
public static class MeasuresLoader
{
    /// <summary>The name of a measures CSV's breakdown: its column's, <c>breakdown</c> (contract section 2).</summary>
    public const string LongBreakdownName = "breakdown";

    /// <summary>
    /// Reads every data file of <paramref name="project"/>, keeping the rows of the indicators in
    /// <paramref name="indicatorIds"/> (rows of other ids are left out with a warning per id). Checks that need an
    /// indicator's unit are skipped; use the overload taking definitions to have them.
    /// </summary>
    /// <param name="project">The project.</param>
    /// <param name="indicatorIds">The ids of the defined indicators.</param>
    public static LoadResult<IReadOnlyList<Observation>> Load(ProjectFile project, IReadOnlyCollection<string> indicatorIds)
    {
        ArgumentNullException.ThrowIfNull(indicatorIds);
        return Load(project, indicatorIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => (Unit?)null, StringComparer.Ordinal), out _);
    }

    /// <summary>
    /// Reads every data file of <paramref name="project"/> as the other overload does, and also checks what each
    /// indicator's unit allows: a percent's numerator not above its denominator, a count never negative.
    /// </summary>
    /// <param name="project">The project.</param>
    /// <param name="definitions">The defined indicators.</param>
    public static LoadResult<IReadOnlyList<Observation>> Load(ProjectFile project, IReadOnlyList<IndicatorDefinition> definitions) =>
        Load(project, definitions, out _);

    /// <summary>
    /// Reads every data file as <see cref="Load(ProjectFile, IReadOnlyList{IndicatorDefinition})"/> does, and says
    /// how many rows of each file were read and used (for the build's manifest).
    /// </summary>
    /// <param name="project">The project.</param>
    /// <param name="definitions">The defined indicators.</param>
    /// <param name="rows">For each data file, in the order listed: rows read and used.</param>
    public static LoadResult<IReadOnlyList<Observation>> Load(ProjectFile project, IReadOnlyList<IndicatorDefinition> definitions, out IReadOnlyList<DataFileRows> rows)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var units = new Dictionary<string, Unit?>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            units.TryAdd(definition.Id, definition.Unit);
        }

        return Load(project, units, out rows);
    }

    private static LoadResult<IReadOnlyList<Observation>> Load(ProjectFile project, IReadOnlyDictionary<string, Unit?> units, out IReadOnlyList<DataFileRows> counts)
    {
        ArgumentNullException.ThrowIfNull(project);
        var problems = new ProblemList();
        var rows = new List<MeasureRow>();
        // Per data entry, in the order listed: a file's rows, or a record extract's counts (rows there are records).
        var perFile = new List<(string Path, IReadOnlyList<MeasureRow> Rows, DataFileRows? Records)>();
        var counted = new HashSet<RecordSpec>(ReferenceEqualityComparer.Instance);
        foreach (var source in project.Data)
        {
            if (source.Shape is RecordSpec records)
            {
                if (counted.Add(records))
                {
                    var tally = RecordCounting.CountEntry(project, records, problems);
                    var recordRows = Named(RecordObservations.Rows(tally, project.FinancialYearStart), records.Breakdown.Name);
                    rows.AddRange(recordRows);
                    perFile.Add((source.Path, recordRows, RecordFileRows(source.Path, tally, recordRows)));
                }

                continue;
            }

            var display = project.DisplayPath(source.Path);
            if (TextFile.ReadBytes(source.Path, display, problems, project.Reads) is { } bytes)
            {
                var errorsBefore = problems.All.Count(p => p.Severity == Severity.Error);
                var fileRows = source.Shape is WideSpec wide
                    ? Named(WideFileReader.Read(bytes, display, source.Encoding, wide, project.FinancialYearStart, problems), wide.BreakdownColumn.Name)
                    : source.Shape is LongSpec named
                        ? Named(MeasuresFileReader.Read(bytes, display, source.Encoding, project.FinancialYearStart, problems, named.Breakdown.Name), named.Breakdown.Name)
                        : Named(MeasuresFileReader.Read(bytes, display, source.Encoding, project.FinancialYearStart, problems), LongBreakdownName);
                if (fileRows.Count == 0 && problems.All.Count(p => p.Severity == Severity.Error) == errorsBefore)
                {
                    // An extract with a header and nothing else is most often a failed export: say so, never build on it.
                    problems.Error(new SourceLocation(display), "the file has a header but no rows of figures; check the extract (an empty export?), or take it out of 'data'");
                }

                rows.AddRange(fileRows);
                perFile.Add((source.Path, fileRows, null));
            }
        }

        var observations = MeasureChecks.Check(rows, units, problems);
        var used = new HashSet<Observation>(observations, ReferenceEqualityComparer.Instance);
        counts = perFile.Select(f =>
        {
            if (f.Records is { } records)
            {
                return records;
            }

            var kept = f.Rows.Select(r => r.Observation).Where(used.Contains).ToList();
            var last = kept.Where(o => o.HasFigure).Select(o => o.Period).OrderBy(p => p.Span.Last).ThenBy(p => p.Kind).LastOrDefault();
            return new DataFileRows(f.Path, f.Rows.Count, kept.Count, kept.Any(o => o.HasFigure) ? last : null);
        }).ToArray();
        return problems.Result(observations);
    }

    /// <summary>
    /// The rows, each group's row given the name of its breakdown (<see cref="Observation.BreakdownName"/>): the column
    /// that holds it, trimmed, so that <c>--for-each</c> can find the groups of one breakdown among the data's.
    /// </summary>
    private static List<MeasureRow> Named(IEnumerable<MeasureRow> rows, string column)
    {
        var name = column.Trim();
        return rows.Select(row => string.IsNullOrWhiteSpace(row.Observation.Breakdown)
            ? row
            : row with { Observation = row.Observation with { BreakdownName = name } }).ToList();
    }

    /// <summary>A record extract's counts for the manifest: records read and counted, and the last month counted.</summary>
    private static DataFileRows RecordFileRows(string path, RecordTally tally, IReadOnlyList<MeasureRow> rows)
    {
        var last = rows.Select(r => r.Observation).Where(o => o.HasFigure).Select(o => o.Period).OrderBy(p => p.Span.Last).LastOrDefault();
        return new DataFileRows(path, (int)Math.Min(tally.Rows, int.MaxValue), (int)Math.Min(tally.Counted, int.MaxValue), rows.Count > 0 ? last : null);
    }
}
