using System.Globalization;
using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// The rows of a record-level extract that cannot be counted: the first <see cref="Limit"/> each a problem at
/// path:line:column, then one problem with the total by reason, so a bad million-row file cannot flood the output.
/// Errors, or warnings with <c>bad_rows: warn</c>.
/// </summary>
internal sealed class RowProblemLog(bool warn, ProblemList problems)
{
    /// <summary>How many rows are reported one by one.</summary>
    public const int Limit = 20;

    private readonly SortedDictionary<string, long> _byReason = new(StringComparer.Ordinal);

    /// <summary>How many rows were reported.</summary>
    public long Total { get; private set; }

    /// <summary>Whether the next row is reported one by one (so that its location is worth working out).</summary>
    public bool WantsDetail => Total < Limit;

    /// <summary>Reports a row that cannot be counted, for <paramref name="reason"/> (a short phrase: "a bad date").</summary>
    public void Add(string reason, SourceLocation? at, string message)
    {
        Total++;
        _byReason[reason] = _byReason.GetValueOrDefault(reason) + 1;
        if (Total <= Limit)
        {
            Report(at, message + (warn ? "; the row is not counted" : "; fix the row, or say bad_rows: warn in reportgen.yaml to count the rest without it"));
        }
    }

    /// <summary>Reports the total when more rows than <see cref="Limit"/> were bad.</summary>
    public void Finish(string path)
    {
        if (Total <= Limit)
        {
            return;
        }

        var reasons = string.Join(", ", _byReason.Select(r => $"{Number(r.Value)} with {r.Key}"));
        Report(new SourceLocation(path), $"{Number(Total)} rows in all cannot be counted ({reasons}); only the first {Limit} are listed");
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private void Report(SourceLocation? at, string message)
    {
        if (warn)
        {
            problems.Warning(at, message);
        }
        else
        {
            problems.Error(at, message);
        }
    }
}
