using System.Text;
using CsvHelper;
using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Measures;

/// <summary>
/// A small CSV file (a measures CSV, a wide table) decoded whole, then read row by row with path:line:column for every
/// field. Broken quoting is a problem at the quote; the row is skipped and reading goes on.
/// </summary>
internal sealed class CsvText : IDisposable
{
    private readonly LineMap _lines;
    private readonly CsvReader _reader;
    private readonly ProblemList _problems;
    private string[] _texts = [];
    private SourceLocation[] _fields = [];

    private CsvText(byte[] utf8, string path, ProblemList problems)
    {
        _lines = new LineMap(utf8, path);
        _problems = problems;
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = Malformed,
        };
        _reader = CsvReader.Create(utf8, options);
        HeaderAt = _lines.At(Array.FindIndex(utf8, b => b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))) with { Column = 1 };
    }

    /// <summary>The header's names as written.</summary>
    public IReadOnlyList<string> Headers => _reader.Headers;

    /// <summary>Where the header row starts.</summary>
    public SourceLocation HeaderAt { get; }

    /// <summary>Where the current row starts (column 1).</summary>
    public SourceLocation RowAt { get; private set; } = null!;

    /// <summary>The current row's fields.</summary>
    public IReadOnlyList<string> Fields => _texts;

    /// <summary>Whether every field of the current row is blank (rows spreadsheets leave behind).</summary>
    public bool IsBlank => _texts.All(t => t.Trim().Length == 0);

    /// <summary>
    /// The file of <paramref name="bytes"/>, decoded, or <see langword="null"/> (with an error) when it is not text or is
    /// empty (<paramref name="emptyAdvice"/> says what it needs).
    /// </summary>
    public static CsvText? Open(byte[] bytes, string path, DataEncoding encoding, string emptyAdvice, ProblemList problems)
    {
        if (TextDecoder.Decode(bytes, path, encoding, MeasuresFileReader.Windows1252Advice, problems) is not { } text)
        {
            return null;
        }

        if (text.Trim().Length == 0)
        {
            problems.Error(new SourceLocation(path), $"the file is empty; {emptyAdvice}");
            return null;
        }

        return new CsvText(Encoding.UTF8.GetBytes(text), path, problems);
    }

    /// <summary>Moves to the next row; false at the end.</summary>
    public bool Read()
    {
        if (!_reader.Read())
        {
            return false;
        }

        RowAt = _lines.At(_reader.ByteOffset) with { Column = 1 };
        _texts = new string[_reader.FieldCount];
        _fields = new SourceLocation[_reader.FieldCount];
        var offset = _reader.ByteOffset;
        for (var i = 0; i < _reader.FieldCount; i++)
        {
            _texts[i] = _reader.GetString(i) ?? string.Empty;
            var raw = _reader.GetRawSpan(i);
            _fields[i] = _lines.At(offset + raw.Length - raw.TrimStart(" \t"u8).Length);
            offset += raw.Length + 1;
        }

        return true;
    }

    /// <summary>Where field <paramref name="index"/> of the current row is (after any leading spaces).</summary>
    public SourceLocation FieldAt(int index) => index < _fields.Length ? _fields[index] : RowAt;

    /// <summary>The text of field <paramref name="index"/>, or empty when the row is short or <paramref name="index"/> is -1.</summary>
    public string Text(int index) => index >= 0 && index < _texts.Length ? _texts[index] : string.Empty;

    /// <inheritdoc/>
    public void Dispose() => _reader.Dispose();

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
