using System.Text;
using System.Text.Unicode;
using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Measures;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// Decodes the distinct values of a streamed file one at a time, as <see cref="TextDecoder"/> decodes a whole file:
/// UTF-8 when the bytes are UTF-8, Windows-1252 otherwise (with a warning unless the project file names it; an error
/// when it says utf-8). A file too large to hold is never decoded whole, so each value is judged on its own bytes,
/// and the first value of each kind of surprise is reported once per file.
/// </summary>
internal sealed class ValueDecoder(DataEncoding declared, ProblemList problems)
{
    private bool _reportedNotUtf8;
    private bool _reportedUtf8;

    /// <summary>The text of <paramref name="bytes"/>, found at <paramref name="at"/>.</summary>
    public string Decode(ReadOnlySpan<byte> bytes, SourceLocation at)
    {
        if (Ascii.IsValid(bytes))
        {
            return Encoding.ASCII.GetString(bytes);
        }

        if (Utf8.IsValid(bytes))
        {
            if (declared == DataEncoding.Windows1252 && !_reportedUtf8)
            {
                _reportedUtf8 = true;
                problems.Warning(at, "the project file says `encoding: windows-1252`, but this is valid UTF-8 and is read as UTF-8; remove the encoding line if that is right");
            }

            return Encoding.UTF8.GetString(bytes);
        }

        if (!_reportedNotUtf8 && declared != DataEncoding.Windows1252)
        {
            _reportedNotUtf8 = true;
            if (declared == DataEncoding.Utf8)
            {
                problems.Error(at, "this is not valid UTF-8, but the project file says `encoding: utf-8`; save the file as UTF-8, or say `encoding: windows-1252`");
            }
            else
            {
                problems.Warning(at, $"not valid UTF-8; read as Windows-1252; {MeasuresFileReader.Windows1252Advice}");
            }
        }

        return TextDecoder.Windows1252.GetString(bytes);
    }
}
