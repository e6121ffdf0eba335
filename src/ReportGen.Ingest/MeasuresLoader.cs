using ReportGen.Core.Data;
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
        return Load(project, indicatorIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => (Unit?)null, StringComparer.Ordinal));
    }

    /// <summary>
    /// Reads every data file of <paramref name="project"/> as the other overload does, and also checks what each
    /// indicator's unit allows: a percent's numerator not above its denominator, a count never negative.
    /// </summary>
    /// <param name="project">The project.</param>
    /// <param name="definitions">The defined indicators.</param>
    public static LoadResult<IReadOnlyList<Observation>> Load(ProjectFile project, IReadOnlyList<IndicatorDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var units = new Dictionary<string, Unit?>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            units.TryAdd(definition.Id, definition.Unit);
        }

        return Load(project, units);
    }

    private static LoadResult<IReadOnlyList<Observation>> Load(ProjectFile project, IReadOnlyDictionary<string, Unit?> units)
    {
        ArgumentNullException.ThrowIfNull(project);
        var problems = new ProblemList();
        var rows = new List<MeasureRow>();
        var counted = new HashSet<RecordSpec>(ReferenceEqualityComparer.Instance);
        foreach (var source in project.Data)
        {
            if (source.Shape is RecordSpec records)
            {
                if (counted.Add(records))
                {
                    rows.AddRange(RecordObservations.Rows(RecordCounting.CountEntry(project, records, problems), project.FinancialYearStart));
                }

                continue;
            }

            var display = project.DisplayPath(source.Path);
            if (TextFile.ReadBytes(source.Path, display, problems) is { } bytes)
            {
                rows.AddRange(source.Shape is WideSpec wide
                    ? WideFileReader.Read(bytes, display, source.Encoding, wide, project.FinancialYearStart, problems)
                    : MeasuresFileReader.Read(bytes, display, source.Encoding, project.FinancialYearStart, problems));
            }
        }

        var observations = MeasureChecks.Check(rows, units, problems);
        return problems.Result(observations);
    }
}
