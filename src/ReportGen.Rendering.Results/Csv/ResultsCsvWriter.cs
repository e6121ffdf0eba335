using CsvHelper;
using ReportGen.Core.Data;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Results;

namespace ReportGen.Rendering.Results.Csv;

/// <summary>
/// <c>results.csv</c>: the indicator results as a spreadsheet opens them, one row per indicator (the figures of
/// results.json, unrounded, in display units). Text cells that a spreadsheet would run as a formula (starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a CR) are written behind a <c>'</c>, CsvHelper's injection
/// protection, so an indicator titled <c>=HYPERLINK(…)</c> shows as text and never runs. A figure disclosure control
/// suppressed, and a rating or direction withheld with it, is written <c>[c]</c> (docs/disclosure.md).
/// </summary>
public static class ResultsCsvWriter
{
    /// <summary>The file's name in the output folder.</summary>
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

    /// <summary>The file's bytes for <paramref name="results"/>.</summary>
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
                Figure(csv, result.Period);
                Figure(csv, result.PreviousPeriod);
                Figure(csv, result.SamePeriodLastYear);
                Figure(csv, result.Ytd);
                Figure(csv, result.YtdLastYear);
                Withheld(csv, result, Core.Results.Withheld.YtdChange, () => Number(csv, result.YtdChangePercent));
                Number(csv, result.Target);
                Withheld(csv, result, Core.Results.Withheld.Rating, () => csv.WriteField(result.Rag?.ToString()));
                Withheld(csv, result, Core.Results.Withheld.DotShort, () => csv.WriteField(result.DotShort?.ToString().ToLowerInvariant()));
                Withheld(csv, result, Core.Results.Withheld.DotLong, () => csv.WriteField(result.DotLong?.ToString().ToLowerInvariant()));
                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }

    private static void Figure(CsvWriter csv, Aggregate figure)
    {
        if (figure.Suppressed)
        {
            csv.WriteField(Confidential.Symbol);
        }
        else
        {
            Number(csv, figure.Value);
        }
    }

    private static void Withheld(CsvWriter csv, IndicatorResult result, Withheld withheld, Action write)
    {
        if (result.Withheld.HasFlag(withheld))
        {
            csv.WriteField(Confidential.Symbol);
        }
        else
        {
            write();
        }
    }

    // A number is written as a number, never as text, so -5 stays a number a spreadsheet can add up; dividing by
    // 1.000… drops trailing zeros (4355.00 → 4355) without changing the value.
    private static void Number(CsvWriter csv, decimal? value) =>
        csv.WriteField(value is { } number ? number / 1.000000000000000000000000000000000m : (decimal?)null, default);
}
