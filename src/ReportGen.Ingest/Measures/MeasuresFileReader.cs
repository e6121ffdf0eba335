using System.Text;
using CsvHelper;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Measures;

/// <summary>
/// Reads one measures CSV (contract section 2) into rows, with a problem at path:line:column for every field
/// that cannot be read. Rows with a problem are left out; the other rows are still read.
/// </summary>
internal sealed class MeasuresFileReader
{
    /// <summary>What to tell the user when a data file is read as Windows-1252 unasked.</summary>
    public const string Windows1252Advice = "say `encoding: windows-1252` in reportgen.yaml to confirm";

    private readonly LineMap _lines;
    private readonly ProblemList _problems;
    private readonly int _startMonth;

    private MeasuresFileReader(LineMap lines, int startMonth, ProblemList problems)
    {
        _lines = lines;
        _startMonth = startMonth;
        _problems = problems;
    }

    /// <summary>The rows of the file whose bytes are <paramref name="bytes"/>.</summary>
    public static IReadOnlyList<MeasureRow> Read(byte[] bytes, string path, DataEncoding encoding, int startMonth, ProblemList problems)
    {
        if (TextDecoder.Decode(bytes, path, encoding, Windows1252Advice, problems) is not { } text)
        {
            return [];
        }

        if (text.Trim().Length == 0)
        {
            problems.Error(new SourceLocation(path), "the file is empty; it needs a header row such as indicator,period,value and a row for each figure");
            return [];
        }

        var utf8 = Encoding.UTF8.GetBytes(text);
        return new MeasuresFileReader(new LineMap(utf8, path), startMonth, problems).ReadRows(utf8);
    }

    private List<MeasureRow> ReadRows(byte[] utf8)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = Malformed,
        };
        using var reader = CsvReader.Create(utf8, options);
        var headerAt = _lines.At(Array.FindIndex(utf8, b => b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')));
        var header = MeasureHeader.Read(reader.Headers, headerAt with { Column = 1 }, _problems);
        var rows = new List<MeasureRow>();
        if (header is null)
        {
            return rows;
        }

        while (reader.Read())
        {
            if (ReadRow(reader, header) is { } row)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private MeasureRow? ReadRow(CsvReader reader, MeasureHeader header)
    {
        var rowAt = _lines.At(reader.ByteOffset);
        var texts = new string[reader.FieldCount];
        var fields = new SourceLocation?[Enum.GetValues<MeasureColumn>().Length];
        var offset = reader.ByteOffset;
        for (var i = 0; i < reader.FieldCount; i++)
        {
            texts[i] = reader.GetString(i) ?? string.Empty;
            var raw = reader.GetRawSpan(i);
            if (header.ColumnAt(i) is { } column)
            {
                var padding = raw.Length - raw.TrimStart(" \t"u8).Length;
                fields[(int)column] = _lines.At(offset + padding);
            }

            offset += raw.Length + 1;
        }

        if (texts.All(t => t.Trim().Length == 0))
        {
            return null;
        }

        if (reader.FieldCount != header.Count)
        {
            _problems.Error(rowAt, $"this row has {reader.FieldCount} fields but the header has {header.Count}; check for a missing or extra comma, and put values with commas in quotes (\"13,143\")");
            return null;
        }

        string Text(MeasureColumn column) => header.IndexOf(column) is var i and >= 0 ? texts[i] : string.Empty;
        var ok = true;
        var id = Text(MeasureColumn.Indicator).Trim();
        if (id.Length == 0)
        {
            _problems.Error(fields[(int)MeasureColumn.Indicator]!, "the indicator is blank; write the indicator's id, such as CSP1");
            ok = false;
        }

        if (!PeriodParser.TryParse(Text(MeasureColumn.Period), _startMonth, out var period, out var error))
        {
            _problems.Error(fields[(int)MeasureColumn.Period]!, error!);
            ok = false;
        }

        decimal? Number(MeasureColumn column) =>
            fields[(int)column] is { } at ? FieldText.Number(Text(column), at, _problems, ref ok) : null;
        var value = Number(MeasureColumn.Value);
        var numerator = Number(MeasureColumn.Numerator);
        var denominator = Number(MeasureColumn.Denominator);
        var target = Number(MeasureColumn.Target);
        var rating = fields[(int)MeasureColumn.Rating] is { } ratingAt ? FieldText.Rating(Text(MeasureColumn.Rating), ratingAt, _problems, ref ok) : null;
        if ((numerator is null) != (denominator is null) && ok)
        {
            var (blank, given, amount) = numerator is null ? ("numerator", "denominator", denominator) : ("denominator", "numerator", numerator);
            _problems.Error(fields[(int)(numerator is null ? MeasureColumn.Numerator : MeasureColumn.Denominator)]!, $"the {blank} is blank but the {given} is {amount}; give both, or neither and a value");
            ok = false;
        }

        var breakdown = Text(MeasureColumn.Breakdown).Trim();
        return ok
            ? new MeasureRow(new Observation(id, period, breakdown.Length == 0 ? null : breakdown, value, numerator, denominator, target, rating), rowAt with { Column = 1 }, fields)
            : null;
    }

    private void Malformed(CsvMalformedRecord record)
    {
        var raw = record.RawRecord ?? string.Empty;
        switch (record.Reason)
        {
            case CsvMalformedReason.StrayQuote:
                _problems.Error(_lines.At(record.ByteOffset), "a quote inside a field that does not start with one; put the whole field in quotes and double the quote inside (\"a \"\"b\"\" c\"), or remove it");
                break;
            case CsvMalformedReason.TextAfterClosingQuote:
                _problems.Error(_lines.At(record.ByteOffset), "text follows the closing quote of a field; put the whole field in quotes and double any quote inside it");
                break;
            case CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.LineBreakInQuotes:
                var start = record.ByteOffset - Encoding.UTF8.GetByteCount(raw);
                _problems.Error(_lines.At(start + OpeningQuote(raw)), "this quote is not closed on its line; close it with a matching \" or remove it");
                break;
            default:
                _problems.Error(_lines.At(record.ByteOffset), $"this row cannot be read ({record.Reason}); check its quotes and commas");
                break;
        }
    }

    /// <summary>The byte offset in <paramref name="raw"/> of the quote that opens the field left unclosed.</summary>
    private static int OpeningQuote(string raw)
    {
        var bytes = Encoding.UTF8.GetBytes(raw);
        var open = -1;
        var fieldStart = true;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (open >= 0)
            {
                if (bytes[i] == (byte)'"')
                {
                    if (i + 1 < bytes.Length && bytes[i + 1] == (byte)'"')
                    {
                        i++;
                    }
                    else
                    {
                        open = -1;
                    }
                }
            }
            else if (fieldStart && bytes[i] == (byte)'"')
            {
                open = i;
            }

            fieldStart = open < 0 && bytes[i] == (byte)',';
        }

        return Math.Max(open, 0);
    }
}
