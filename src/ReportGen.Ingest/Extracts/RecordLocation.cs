using System.Text;
using CsvHelper;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Extracts;

/// <summary>Where a field of a streamed file's current record is: its line, and its column in characters after any leading spaces.</summary>
internal static class RecordLocation
{
    /// <summary>The location of field <paramref name="index"/> of <paramref name="reader"/>'s current record.</summary>
    public static SourceLocation Field(CsvReader reader, string path, int index)
    {
        var raw = reader.RawRecord;
        var offset = 0;
        for (var i = 0; i < index && i < reader.FieldCount; i++)
        {
            offset += reader.GetRawSpan(i).Length + 1;
        }

        if (index < reader.FieldCount)
        {
            var field = reader.GetRawSpan(index);
            offset += field.Length - field.TrimStart(" \t"u8).Length;
        }

        var column = Encoding.UTF8.GetCharCount(raw[..Math.Min(offset, raw.Length)]) + 1;
        return new SourceLocation(path, (int)Math.Min(reader.LineNumber, int.MaxValue), column);
    }

    /// <summary>The 1-based column of the first quote of <paramref name="raw"/> (where quoting goes wrong), or 1.</summary>
    public static int QuoteColumn(string raw) => raw.IndexOf('"', StringComparison.Ordinal) + 1 is > 0 and var column ? column : 1;

    /// <summary>How many fields <paramref name="raw"/> has, counting commas outside quotes.</summary>
    public static int FieldCount(string raw)
    {
        var count = 1;
        var quoted = false;
        foreach (var c in raw)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                count++;
            }
        }

        return count;
    }
}
