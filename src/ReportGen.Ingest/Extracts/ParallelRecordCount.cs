using System.Runtime.ExceptionServices;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// Counts a large record-level extract with every processor, in one pass over its bytes: one thread reads and hashes
/// the file (<see cref="ExtractBlocks"/>) while counters on the others parse blocks of whole lines
/// (<see cref="BlockCounter"/>), and their counts are added up in file order. It counts only files that need no
/// message; for anything else it gives up, and <see cref="RecordFileCounter"/> counts the file on one thread and
/// reports each problem at its path:line:column. Either way the counts are the same, to the record.
/// </summary>
internal static class ParallelRecordCount
{
    /// <summary>Files smaller than this are counted on one thread: for them, starting threads costs more than it saves.</summary>
    public const long DefaultMinimumBytes = 16L << 20;

    /// <summary>The size from which a file is counted in parallel (tests lower it to count small files both ways).</summary>
    public static long MinimumBytes { get; set; } = DefaultMinimumBytes;

    /// <summary>Counter threads: one per processor, up to four (past that, reading and hashing is the limit).</summary>
    public static int Counters => Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Whether <paramref name="file"/> is large enough to count in parallel.</summary>
    public static bool Suits(string file) => new FileInfo(file).Length >= MinimumBytes;

    /// <summary>
    /// Counts <paramref name="file"/>, whose header is <paramref name="header"/>, into <paramref name="tally"/> and
    /// records its size and SHA-256 in <paramref name="reads"/>; false (with nothing counted or recorded) when the
    /// file is to be counted on one thread instead. Throws what reading the file throws.
    /// </summary>
    public static bool TryCount(string file, IReadOnlyList<string> header, RecordColumns columns, DatePattern pattern, RecordTally tally, InputLog? reads)
    {
        using var blocks = ExtractBlocks.Open(file, Counters);
        if (blocks is null)
        {
            return false;
        }

        var counters = Enumerable.Range(0, Counters).Select(_ => new BlockCounter(blocks, columns, pattern, tally.Spec.Categories, header)).ToArray();
        var threads = counters.Skip(1).Select(c => new Thread(c.Run) { IsBackground = true, Name = "extract counter" }).ToArray();
        blocks.Start();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        counters[0].Run();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        blocks.Join();
        if (counters.FirstOrDefault(c => c.Fault is not null)?.Fault is { } fault)
        {
            ExceptionDispatchInfo.Throw(fault);
        }

        if (blocks.Failure is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        if (blocks.Stopped || !blocks.ReadToEnd || counters.Any(c => c.GaveUp) || !Merge(counters, tally))
        {
            return false;
        }

        if (reads is not null)
        {
            blocks.Record(reads, file);
        }

        return true;
    }

    /// <summary>
    /// Adds the counters' counts to <paramref name="tally"/>. Breakdown values are added as groups in the order the
    /// file first has them, as one thread reading the file would add them (so the same spelling of a group is kept);
    /// false, with nothing added, when they would pass the limit on groups.
    /// </summary>
    private static bool Merge(BlockCounter[] counters, RecordTally tally)
    {
        var spellings = counters
            .SelectMany((c, worker) => c.Spellings.Select((s, i) => (s.Name, s.FirstAt, Worker: worker, Index: i + 1)))
            .OrderBy(s => s.FirstAt)
            .ToArray();
        if (!tally.CanAddGroups(spellings.Select(s => s.Name)))
        {
            return false;
        }

        var groupOf = counters.Select(c => new int[c.Spellings.Count + 1]).ToArray();
        foreach (var spelling in spellings)
        {
            groupOf[spelling.Worker][spelling.Index] = tally.Group(spelling.Name);
        }

        for (var worker = 0; worker < counters.Length; worker++)
        {
            var rows = counters[worker].Rows;
            tally.Ungrouped += tally.Grid.AddAll(counters[worker].Grid, groupOf[worker]);
            tally.Rows += rows;
            tally.Counted += rows;
        }

        return true;
    }
}
