using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// Counts the records of one <see cref="BlockFeed"/> on one thread, into counts of its own. It counts only what needs
/// no message: a good date, a category some node maps, a breakdown value in plain ASCII. Anything else (a bad date,
/// an unmapped or non-ASCII value, broken quotes, a wrong number of fields) stops the whole parallel count, and the
/// file is counted again by <see cref="RecordFileCounter"/> on one thread, which reports it at its path:line:column.
/// </summary>
internal sealed class BlockCounter
{
    /// <summary>Distinct breakdown spellings one counter keeps apart; past this the one-thread counter is used.</summary>
    public const int MaxSpellings = 1000;

    private readonly ExtractBlocks _blocks;
    private readonly RecordColumns _columns;
    private readonly DateReader _dates;
    private readonly CategoryTree _categories;
    private readonly IReadOnlyList<string> _header;
    private readonly ByteKeyTable _categoryCodes = new();
    private readonly ByteKeyTable _spellingCodes = new();

    public BlockCounter(ExtractBlocks blocks, RecordColumns columns, DatePattern pattern, CategoryTree categories, IReadOnlyList<string> header)
    {
        _blocks = blocks;
        _columns = columns;
        _dates = new DateReader(pattern);
        _categories = categories;
        _header = header;
        Grid = new CountGrid(categories.Nodes.Count + 1);
    }

    /// <summary>Counts by month, breakdown spelling (an index into <see cref="Spellings"/> plus one; 0 with no breakdown column) and node.</summary>
    public CountGrid Grid { get; }

    /// <summary>The breakdown values as written (trimmed), each with the file offset of the record it was first met in.</summary>
    public List<(string Name, long FirstAt)> Spellings { get; } = [];

    /// <summary>The records counted.</summary>
    public long Rows { get; private set; }

    /// <summary>Whether this counter gave up (and stopped the others).</summary>
    public bool GaveUp { get; private set; }

    /// <summary>What went wrong that should not have (not the file's content, which never throws here).</summary>
    public Exception? Fault { get; private set; }

    /// <summary>Counts until the blocks run out or the counting stops; a fault is kept in <see cref="Fault"/>.</summary>
    public void Run()
    {
        try
        {
            Count();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Fault = e;
            GiveUp();
        }
    }

    private void Count()
    {
        var feed = new BlockFeed(_blocks);
        var options = RecordFileCounter.ReaderOptions with { TrackLineNumbers = false, OnMalformedRecord = _ => GiveUp() };
        using var reader = CsvReader.Create(feed, options, leaveOpen: false);
        if (!reader.Headers.SequenceEqual(_header, StringComparer.Ordinal))
        {
            GiveUp();
            return;
        }

        CountRows(reader, feed);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CountRows(CsvReader reader, BlockFeed feed)
    {
        var grid = Grid;
        var stopping = _blocks.Stopping;
        var (date, category, group) = (_columns.Date, _columns.Category, _columns.Group);
        long rows = 0;
        while (reader.Read())
        {
            if ((++rows & 0xFFF) == 0 && stopping.IsCancellationRequested)
            {
                break;
            }

            if (!_dates.TryReadMonth(reader.GetSpan(date), out var month))
            {
                GiveUp();
                break;
            }

            var categoryBytes = reader.GetSpan(category);
            if (!_categoryCodes.TryGetValue(categoryBytes, out var node))
            {
                node = NewCategory(categoryBytes);
                if (node < 0)
                {
                    GiveUp();
                    break;
                }
            }

            var spelling = 0;
            if (group >= 0)
            {
                var groupBytes = reader.GetSpan(group);
                if (!_spellingCodes.TryGetValue(groupBytes, out spelling))
                {
                    spelling = NewSpelling(groupBytes, feed.FileOffset(reader.ByteOffset));
                    if (spelling < 0)
                    {
                        GiveUp();
                        break;
                    }
                }
            }

            grid.Add(month, spelling, node);
        }

        Rows = rows;
    }

    private int NewCategory(ReadOnlySpan<byte> bytes)
    {
        if (!Ascii.IsValid(bytes))
        {
            return -1;
        }

        var node = _categories.NodeOf(Encoding.ASCII.GetString(bytes));
        if (node >= 0 && _categoryCodes.Count < MaxSpellings)
        {
            _categoryCodes.Add(bytes, node);
        }

        return node;
    }

    private int NewSpelling(ReadOnlySpan<byte> bytes, long at)
    {
        if (!Ascii.IsValid(bytes) || Spellings.Count >= MaxSpellings)
        {
            return -1;
        }

        Spellings.Add((Encoding.ASCII.GetString(bytes).Trim(), at));
        _spellingCodes.Add(bytes, Spellings.Count);
        return Spellings.Count;
    }

    private void GiveUp()
    {
        GaveUp = true;
        _blocks.Stop();
    }
}

/// <summary>The columns a record-level file is counted by: date, category and breakdown (-1 when the file has none).</summary>
internal readonly record struct RecordColumns(int Date, int Category, int Group);
