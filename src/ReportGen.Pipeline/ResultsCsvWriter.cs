using CsvHelper;
using ReportGen.Core.Results;

namespace ReportGen.Pipeline;

/// <summary>
/// <c>results.csv</c>: the indicator results as a spreadsheet opens them, one row per indicator (the figures of
/// results.json, unrounded, in display units). Text cells that a spreadsheet would run as a formula (starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a CR) are written behind a <c>'</c>, CsvHelper's injection
/// protection, so an indicator titled <c>=HYPERLINK(…)</c> shows as text and never runs.
/// </summary>
internal static class ResultsCsvWriter
{
    public const string FileName = "results.csv";

    private static readonly string[] Header =
    [
        "id", "title", "unit", "period", "periodValue", "previousPeriodValue", "samePeriodLastYearValue",
        "ytdValue", "ytdLastYearValue", "ytdChangePercent", "target", "rag", "dotShort", "dotLong",
    ];

    /// <summary>The options: RFC 4180 with CRLF, a byte order mark so that Excel reads UTF-8, and formulas neutralised.</summary>
    internal static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public static byte[] Write(ReportResults results)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            foreach (var name in Header)
            {
                csv.WriteField(name);
            }

            csv.EndRecord();
            foreach (var result in results.Indicators)
            {
                var definition = result.Definition;
                csv.WriteField(definition.Id);
                csv.WriteField(definition.Title);
                csv.WriteField(definition.Unit.ToString().ToLowerInvariant());
                csv.WriteField(results.Period.ToString());
                Number(csv, result.Period.Value);
                Number(csv, result.PreviousPeriod.Value);
                Number(csv, result.SamePeriodLastYear.Value);
                Number(csv, result.Ytd.Value);
                Number(csv, result.YtdLastYear.Value);
                Number(csv, result.YtdChangePercent);
                Number(csv, result.Target);
                csv.WriteField(result.Rag?.ToString());
                csv.WriteField(result.DotShort?.ToString().ToLowerInvariant());
                csv.WriteField(result.DotLong?.ToString().ToLowerInvariant());
                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }

    // A number is written as a number, never as text, so -5 stays a number a spreadsheet can add up; dividing by
    // 1.000… drops trailing zeros (4355.00 → 4355) without changing the value.
    private static void Number(CsvWriter csv, decimal? value) =>
        csv.WriteField(value is { } number ? number / 1.000000000000000000000000000000000m : (decimal?)null, default);
}
