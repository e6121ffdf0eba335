using ReportGen.Ingest.Extracts;

namespace ReportGen.Ingest.Tests.Extracts;

/// <summary>
/// Counting streams: what counting allocates does not grow with the rows (only with months × categories × groups),
/// so a file of millions of rows counts in the memory of one of thousands. Measured as the bytes allocated while
/// counting a file of 100,000 rows and one of 1,000,000 with the same months, categories and boroughs, on one thread
/// and on several (<see cref="ParallelRecordCount"/>, whose threads are counted too); no timing is asserted.
/// </summary>
[NonParallelizable]
public sealed class RecordCountingMemoryTests
{
    private const string Entry = """
          - path: data/crimes.csv
            shape: records
            date_format: dd/MM/yyyy
            columns: { date: recorded_date, category: offence_subgroup, breakdown: borough }

        """;

    [TearDown]
    public void RestoreThreshold() => ParallelRecordCount.MinimumBytes = ParallelRecordCount.DefaultMinimumBytes;

    private static (long Allocated, long Rows, long Unmapped, int InParallel) Count(int rows, bool parallel)
    {
        using var project = new ExtractProject();
        Directory.CreateDirectory(Path.Join(project.Root, "data"));
        SyntheticExtract.Write(Path.Join(project.Root, "data", "crimes.csv"), rows);

        // On several threads only a file that needs no message is counted, so there every subgroup is mapped.
        project.Data(Entry + SyntheticExtract.Categories(parallel ? SyntheticExtract.Subgroups.Length : 22));
        ParallelRecordCount.MinimumBytes = parallel ? 0 : long.MaxValue;
        var loaded = ProjectLoader.Load(project.Root).Value!;
        var before = parallel ? GC.GetTotalAllocatedBytes(precise: true) : GC.GetAllocatedBytesForCurrentThread();
        var result = RecordCounting.Count(loaded);
        var allocated = (parallel ? GC.GetTotalAllocatedBytes(precise: true) : GC.GetAllocatedBytesForCurrentThread()) - before;
        var table = result.Value!.Single();
        return (allocated, table.Counted, table.Unmapped, table.FilesCountedInParallel);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Ten_times_the_rows_allocate_next_to_nothing_more(bool parallel)
    {
        Count(1_000, parallel); // first use: the reader's pools, static tables and the JIT allocate once
        var small = Count(100_000, parallel);
        var large = Count(1_000_000, parallel);
        Assert.That(large.Rows, Is.EqualTo(1_000_000), "every row is counted");
        Assert.That(large.Unmapped, parallel ? Is.Zero : Is.InRange(70_000, 100_000), "on one thread two subgroups of 24 are left unmapped on purpose");
        Assert.That(large.InParallel, Is.EqualTo(parallel ? 1 : 0));
        var perRow = (double)(large.Allocated - small.Allocated) / 900_000;
        TestContext.Out.WriteLine($"allocated: {small.Allocated:N0} bytes for 100,000 rows, {large.Allocated:N0} for 1,000,000 ({perRow:0.000} bytes a row more)");
        Assert.That(perRow, Is.LessThan(0.1), "the 900,000 extra rows should allocate (almost) nothing");
        Assert.That(large.Allocated, Is.LessThan(4L << 20), "the whole count of a million rows fits in a few megabytes of allocation");
    }
}
