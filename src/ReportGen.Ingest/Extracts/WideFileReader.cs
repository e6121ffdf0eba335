using System.Text.RegularExpressions;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;
using ReportGen.Ingest.Measures;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// Reads a wide table (<c>shape: wide</c>) into measures rows: one per filled month cell. A blank cell (or a "no value"
/// shorthand such as <c>[x]</c>) is no value, never a zero. Every problem is at path:line:column.
/// </summary>
internal sealed partial class WideFileReader
{
    private readonly WideSpec _spec;
    private readonly int _startMonth;
    private readonly ProblemList _problems;
    private int _indicator = -1;
    private int _year = -1;
    private int _breakdown = -1;
    private MonthColumn[] _months = [];

    private WideFileReader(WideSpec spec, int startMonth, ProblemList problems)
    {
        _spec = spec;
        _startMonth = startMonth;
        _problems = problems;
    }

    /// <summary>The rows of the wide table whose bytes are <paramref name="bytes"/>.</summary>
    public static IReadOnlyList<MeasureRow> Read(byte[] bytes, string path, DataEncoding encoding, WideSpec spec, int startMonth, ProblemList problems)
    {
        using var csv = CsvText.Open(bytes, path, encoding, "it needs a header row such as indicator,year,Apr,May,…,Mar and a row for each indicator and year", problems);
        var reader = new WideFileReader(spec, startMonth, problems);
        return csv is not null && reader.ReadHeader(csv, path) ? reader.ReadRows(csv) : [];
    }

    private bool ReadHeader(CsvText csv, string path)
    {
        var header = new ExtractHeader(csv.Headers, path, csv.HeaderAt, _problems);
        _indicator = _spec.Indicator is null ? header.Find(_spec.IndicatorColumn, "indicator", required: true) : -1;
        _breakdown = header.Find(_spec.BreakdownColumn, "breakdown", required: false);
        var months = Enumerable.Range(0, header.Names.Count)
            .Where(i => !header.IsRead(i) && !string.Equals(header.Names[i], _spec.YearColumn.Name, StringComparison.OrdinalIgnoreCase))
            .Select(i => MonthColumn.TryRead(i, header.Names[i]))
            .OfType<MonthColumn>()
            .ToArray();
        if (!CheckMonths(months, header, csv.HeaderAt))
        {
            return false;
        }

        _months = months;
        if (months.Any(m => m.Dated is null))
        {
            _year = header.Find(_spec.YearColumn, "year", required: true);
        }
        else if (_spec.YearColumn.Written is { } written)
        {
            _problems.Error(written, "the month columns carry their years (such as 2016-04), so there is no year column to read; remove 'year' from columns");
        }

        foreach (var month in months)
        {
            header.Claim(month.Index, "month");
        }

        var unread = header.Unread.ToArray();
        if (unread.Length > 0 && header.Complete)
        {
            _problems.Warning(csv.HeaderAt, $"the {(unread.Length == 1 ? "column" : "columns")} {string.Join(", ", unread.Select(n => $"'{Excerpt.Of(n)}'"))} {(unread.Length == 1 ? "is" : "are")} not read; a wide table's columns are the indicator, the year, the breakdown and one for each month");
        }

        return header.Complete;
    }

    private bool CheckMonths(MonthColumn[] months, ExtractHeader header, SourceLocation at)
    {
        if (months.Length == 0)
        {
            _problems.Error(at, $"the header has no month columns; head them Apr, May, … Mar (with a year column) or 2016-04, 2016-05, …; the columns found are {string.Join(", ", header.Names.Select(n => $"'{Excerpt.Of(n)}'"))}");
            return false;
        }

        if (months.Any(m => m.Dated is null) && months.Any(m => m.Dated is not null))
        {
            var (alone, dated) = (months.First(m => m.Dated is null), months.First(m => m.Dated is not null));
            _problems.Error(at, $"the header mixes month names ('{Excerpt.Of(header.Names[alone.Index])}') with dated months ('{Excerpt.Of(header.Names[dated.Index])}'); head every month column one way");
            return false;
        }

        foreach (var twice in months.GroupBy(m => m.Dated?.ToString() ?? m.MonthOfYear.ToString(System.Globalization.CultureInfo.InvariantCulture)).Where(g => g.Count() > 1))
        {
            var (first, second) = (twice.First(), twice.Skip(1).First());
            _problems.Error(at, $"the header has the month '{Excerpt.Of(header.Names[first.Index])}' twice (columns {first.Index + 1} and {second.Index + 1}); keep one");
            return false;
        }

        return true;
    }

    private List<MeasureRow> ReadRows(CsvText csv)
    {
        var rows = new List<MeasureRow>();
        var count = csv.Headers.Count;
        while (csv.Read())
        {
            if (csv.IsBlank)
            {
                continue;
            }

            if (csv.Fields.Count != count)
            {
                _problems.Error(csv.RowAt, $"this row has {csv.Fields.Count} fields but the header has {count}; check for a missing or extra comma, and put values with commas in quotes (\"13,143\")");
                continue;
            }

            rows.AddRange(ReadRow(csv));
        }

        return rows;
    }

    private IEnumerable<MeasureRow> ReadRow(CsvText csv)
    {
        var id = _spec.Indicator ?? csv.Text(_indicator).Trim();
        var idAt = _spec.Indicator is null ? csv.FieldAt(_indicator) : _spec.IndicatorAt ?? _spec.Location;
        var ok = true;
        if (id.Length == 0)
        {
            _problems.Error(idAt, "the indicator is blank; write the indicator's id, such as CSP1");
            ok = false;
        }

        FinancialYear year = default;
        if (_year >= 0 && !TryYear(csv.Text(_year), out year, out var error))
        {
            _problems.Error(csv.FieldAt(_year), error!);
            ok = false;
        }

        var breakdown = csv.Text(_breakdown).Trim();
        var values = _months.Select(m => FieldText.Number(csv.Text(m.Index), csv.FieldAt(m.Index), _problems, ref ok)).ToArray();
        if (!ok)
        {
            return [];
        }

        var rows = new List<MeasureRow>();
        for (var i = 0; i < _months.Length; i++)
        {
            if (values[i] is not { } value)
            {
                continue;
            }

            var at = csv.FieldAt(_months[i].Index);
            var fields = new SourceLocation?[Enum.GetValues<MeasureColumn>().Length];
            fields[(int)MeasureColumn.Indicator] = idAt;
            fields[(int)MeasureColumn.Period] = at;
            fields[(int)MeasureColumn.Value] = at;
            fields[(int)MeasureColumn.Breakdown] = _breakdown >= 0 ? csv.FieldAt(_breakdown) : null;
            var period = Period.ForMonth(_months[i].In(year), _startMonth);
            rows.Add(new MeasureRow(new Observation(id, period, breakdown.Length == 0 ? null : breakdown, value, null, null, null, null) { Source = csv.RowAt }, csv.RowAt, fields));
        }

        return rows;
    }

    /// <summary>A financial year as the year column writes it: <c>2016/17</c>, or <c>2016-17</c> as the City of London measures' tables do.</summary>
    private bool TryYear(string text, out FinancialYear year, out string? error)
    {
        var dashed = Dashed().Match(text.Trim());
        var label = dashed.Success ? $"{dashed.Groups["y"].Value}/{dashed.Groups["n"].Value}" : text;
        if (text.Trim().Length == 0)
        {
            year = default;
            error = "the year is blank; write the financial year of the row's months, such as 2016/17";
            return false;
        }

        return PeriodParser.TryParseFinancialYear(label, _startMonth, out year, out error);
    }

    [GeneratedRegex(@"^(?<y>\d{4})\s*-\s*(?<n>\d{2}|\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Dashed();
}
