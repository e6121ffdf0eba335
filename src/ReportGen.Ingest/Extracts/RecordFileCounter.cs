using System.Runtime.CompilerServices;
using CsvHelper;
using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// Streams one record-level extract into a <see cref="RecordTally"/>: each row's date read to its month, its category
/// and breakdown group looked up by their bytes (a value is decoded once, when first met), and one count added.
/// Nothing is kept per row, so a file of millions of rows needs no more memory than one of thousands.
/// </summary>
internal sealed class RecordFileCounter
{
    /// <summary>Distinct raw category values remembered; past this (a column of references, not categories) they are looked up each time.</summary>
    private const int MaxRemembered = 10_000;

    private readonly RecordTally _tally;
    private readonly string _path;
    private readonly ProblemList _problems;
    private readonly RowProblemLog _log;
    private readonly ValueDecoder _decoder;
    private readonly ByteKeyTable _categoryCodes = new();
    private readonly ByteKeyTable _groupCodes = new();
    private int _date;
    private int _category;
    private int _group = -1;
    private int _fieldCount;

    private RecordFileCounter(RecordTally tally, string path, DataEncoding encoding, RowProblemLog log, ProblemList problems)
    {
        _tally = tally;
        _path = path;
        _log = log;
        _problems = problems;
        _decoder = new ValueDecoder(encoding, problems);
    }

    /// <summary>Counts the rows of <paramref name="file"/> (named <paramref name="path"/> in problems) into <paramref name="tally"/>.</summary>
    public static void Count(string file, string path, DataEncoding encoding, RecordTally tally, RowProblemLog log, ProblemList problems, InputLog? reads = null)
    {
        var counter = new RecordFileCounter(tally, path, encoding, log, problems);
        try
        {
            counter.CountFile(file, reads);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Error(new SourceLocation(path), $"cannot be read ({e.Message}); check that the file exists and may be read");
        }
    }

    /// <summary>
    /// How an extract is read. Line breaks inside quotes are not allowed, so every line break ends a record: one bad
    /// quote cannot swallow the rest of the file, and a file can be cut into blocks at any line feed
    /// (<see cref="ParallelRecordCount"/>).
    /// </summary>
    internal static CsvReaderOptions ReaderOptions { get; } = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        AllowLineBreaksInQuotes = false,
        MalformedData = CsvMalformedDataHandling.Skip,
        FieldCountMismatch = CsvFieldCountHandling.Skip,
    };

    private CsvReaderOptions Options => ReaderOptions with { OnMalformedRecord = Malformed };

    private void CountFile(string file, InputLog? reads)
    {
        _tally.Files.Add(_path);
        if (CountInParallel(file, reads))
        {
            return;
        }

        // The file is streamed once, hashed as it is read, so the manifest needs no second read of a large extract.
        using var bytes = new HashingReadStream(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
        using (var reader = CsvReader.Create(bytes, Options, leaveOpen: true))
        {
            CountHeaderAndRows(reader, file);
        }

        if (reads is not null)
        {
            bytes.DrainAndRecord(reads, file);
        }
    }

    /// <summary>
    /// Counts a large file on every processor (<see cref="ParallelRecordCount"/>) when its header and dates need no
    /// message; false, with nothing counted, reported or recorded, when it is to be counted on one thread.
    /// </summary>
    private bool CountInParallel(string file, InputLog? reads)
    {
        if (!ParallelRecordCount.Suits(file))
        {
            return false;
        }

        string[] names;
        using (var reader = CsvReader.FromFile(file, ReaderOptions, FileOptions.SequentialScan))
        {
            names = [.. reader.Headers];
        }

        var quiet = new ProblemList();
        var header = new ExtractHeader(names, _path, new SourceLocation(_path, 1, 1), quiet);
        _date = header.Find(_tally.Spec.Date, "date", required: true);
        var columns = new RecordColumns(_date, header.Find(_tally.Spec.Category, "category", required: true), header.Find(_tally.Spec.Breakdown, "breakdown", required: false));
        if (names.Length == 0 || !header.Complete || quiet.All.Count > 0
            || (_tally.Spec.DateFormat ?? DetectFormat(file, quiet)) is not { } pattern || quiet.All.Count > 0
            || !ParallelRecordCount.TryCount(file, names, columns, pattern, _tally, reads))
        {
            return false;
        }

        _tally.HasGroupColumn |= columns.Group >= 0;
        _tally.FilesCountedInParallel++;
        return true;
    }

    private void CountHeaderAndRows(CsvReader reader, string file)
    {
        if (reader.Headers.Count == 0)
        {
            _problems.Error(new SourceLocation(_path), "the file is empty; it needs a header row naming its columns and a row for each record");
            return;
        }

        _fieldCount = reader.Headers.Count;
        var header = new ExtractHeader(reader.Headers, _path, new SourceLocation(_path, 1, 1), _problems);
        _date = header.Find(_tally.Spec.Date, "date", required: true);
        _category = header.Find(_tally.Spec.Category, "category", required: true);
        _group = header.Find(_tally.Spec.Breakdown, "breakdown", required: false);
        _tally.HasGroupColumn |= _group >= 0;
        if (!header.Complete || (_tally.Spec.DateFormat ?? DetectFormat(file, _problems)) is not { } pattern)
        {
            return;
        }

        var before = _tally.Rows;
        CountRows(reader, pattern);
        if (_tally.Rows == before)
        {
            _problems.Warning(new SourceLocation(_path), "the file has a header but no records, so it adds nothing to any count");
        }
    }

    // Fully optimised from the first call: it is called once per file and runs for millions of rows, which tiered
    // compilation would otherwise start in unoptimised code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CountRows(CsvReader reader, DatePattern pattern)
    {
        var grid = _tally.Grid;
        var unmappedSlot = _tally.UnmappedSlot;
        var dates = new DateReader(pattern);
        long rows = 0, ungrouped = 0, bad = 0;
        while (reader.Read())
        {
            rows++;
            if (!dates.TryReadMonth(reader.GetSpan(_date), out var month))
            {
                BadDate(reader, pattern);
                bad++;
                continue;
            }

            var categoryBytes = reader.GetSpan(_category);
            if (!_categoryCodes.TryGetValue(categoryBytes, out var code))
            {
                code = NewCategory(reader, categoryBytes);
            }

            var group = 0;
            if (_group >= 0)
            {
                var groupBytes = reader.GetSpan(_group);
                if (!_groupCodes.TryGetValue(groupBytes, out group))
                {
                    group = NewGroup(reader, groupBytes);
                }
            }

            if (group == 0)
            {
                ungrouped++;
            }

            if (code < 0)
            {
                _tally.Unmapped[~code].Count++;
                code = unmappedSlot;
            }

            grid.Add(month, group, code);
        }

        _tally.Rows += rows;
        _tally.Counted += rows - bad;
        _tally.Ungrouped += ungrouped;
    }

    private int NewCategory(CsvReader reader, ReadOnlySpan<byte> bytes)
    {
        var at = RecordLocation.Field(reader, _path, _category);
        var text = _decoder.Decode(bytes, at).Trim();
        var node = _tally.Spec.Categories.NodeOf(text);
        var code = node >= 0 ? node : ~_tally.UnmappedValue(text, at);
        if (_categoryCodes.Count < MaxRemembered)
        {
            _categoryCodes.Add(bytes, code);
        }

        return code;
    }

    private int NewGroup(CsvReader reader, ReadOnlySpan<byte> bytes)
    {
        var at = RecordLocation.Field(reader, _path, _group);
        var group = _tally.Group(_decoder.Decode(bytes, at).Trim());
        if (group < 0)
        {
            if (!_tally.TooManyGroups)
            {
                _tally.TooManyGroups = true;
                _problems.Error(_tally.Spec.Breakdown.Written ?? at, $"the breakdown column '{Excerpt.Of(_tally.Spec.Breakdown.Name)}' has more than {RecordTally.MaxGroups:N0} different values, too many for a breakdown (is it a reference column?); name a column of groups such as borough or ward");
            }

            return 0;
        }

        _groupCodes.Add(bytes, group);
        return group;
    }

    private void BadDate(CsvReader reader, DatePattern pattern)
    {
        if (!_log.WantsDetail)
        {
            _log.Add("a bad date", null, string.Empty);
            return;
        }

        var text = System.Text.Encoding.UTF8.GetString(reader.GetSpan(_date)).Trim();
        var at = RecordLocation.Field(reader, _path, _date);
        _log.Add("a bad date", at, text.Length == 0
            ? "the date is blank, so the record cannot be counted in a month"
            : $"'{Excerpt.Of(text)}' is not a date in the form {pattern.Text}");
    }

    private DatePattern? DetectFormat(string file, ProblemList problems)
    {
        var samples = new List<byte[]>();
        SourceLocation? first = null;
        using (var reader = CsvReader.FromFile(file, ReaderOptions, FileOptions.SequentialScan))
        {
            while (samples.Count < DateDetector.SampleSize && reader.Read())
            {
                var span = reader.GetSpan(_date).Trim(" \t"u8);
                if (span.Length > 0)
                {
                    first ??= RecordLocation.Field(reader, _path, _date);
                    samples.Add(span.ToArray());
                }
            }
        }

        var pattern = DateDetector.Detect(samples, out var error);
        if (pattern is null)
        {
            problems.Error(first ?? new SourceLocation(_path), $"{error} (in reportgen.yaml, beside path)");
        }

        return pattern;
    }

    private void Malformed(CsvMalformedRecord record)
    {
        var at = new SourceLocation(_path, (int)Math.Min(record.LineNumber, int.MaxValue), RecordLocation.QuoteColumn(record.RawRecord ?? string.Empty));
        if (record.Reason == CsvMalformedReason.FieldCountMismatch)
        {
            _log.Add("a wrong number of fields", at with { Column = 1 }, $"this row has {RecordLocation.FieldCount(record.RawRecord ?? string.Empty)} fields but the header has {_fieldCount}; check for a missing or extra comma, and put values with commas in quotes");
        }
        else
        {
            _log.Add("broken quotes", at, "this row's quotes are broken (a quote inside a field, or one not closed); put a field holding a quote or comma in quotes, doubling any quote inside");
        }
    }
}
