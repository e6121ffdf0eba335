using ReportGen.Composition.Registers;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;
using ReportGen.Ingest;
using ReportGen.Ingest.Measures;
using ReportGen.Ingest.Text;

namespace ReportGen.Composition.Registers;

/// <summary>
/// Reads one register CSV: the header against the register's columns (a required one missing is an error listing
/// the columns found; others are not read, with a warning), then every row, each field checked by its type with a
/// problem at path:line:column. Rows for another period than the reported one are left out.
/// </summary>
internal sealed class RegisterFileReader
{
    private readonly IReadOnlyList<RegisterColumn> _columns;
    private readonly Period _period;
    private readonly int _startMonth;
    private readonly ProblemList _problems;

    private RegisterFileReader(IReadOnlyList<RegisterColumn> columns, Period period, int startMonth, ProblemList problems)
    {
        _columns = columns;
        _period = period;
        _startMonth = startMonth;
        _problems = problems;
    }

    /// <summary>The rows of <paramref name="bytes"/> for <paramref name="period"/>, and how many rows the file has for any period.</summary>
    public static (IReadOnlyList<RegisterRow> Rows, int Read) Read(byte[] bytes, string path, string name, Period period, int startMonth, ProblemList problems)
    {
        var columns = RegisterSchemas.All[name];
        var example = string.Join(",", columns.Where(c => c.Required).Select(c => c.Name));
        using var csv = CsvText.Open(bytes, path, DataEncoding.Detect, $"it needs a header row such as {example} and a row for each {RegisterSchemas.Item(name)}", problems);
        return csv is null ? ([], 0) : new RegisterFileReader(columns, period, startMonth, problems).ReadRows(csv, name);
    }

    private (IReadOnlyList<RegisterRow>, int) ReadRows(CsvText csv, string name)
    {
        if (Header(csv.Headers, csv.HeaderAt, name) is not { } indexes)
        {
            return ([], 0);
        }

        var rows = new List<RegisterRow>();
        var read = 0;
        while (csv.Read())
        {
            if (csv.IsBlank)
            {
                continue;
            }

            read++;
            if (csv.Fields.Count != csv.Headers.Count)
            {
                _problems.Error(csv.RowAt, $"this row has {csv.Fields.Count} fields but the header has {csv.Headers.Count}; check for a missing or extra comma, and put text with commas in quotes");
                continue;
            }

            if (Row(csv, indexes) is { } row)
            {
                rows.Add(row);
            }
        }

        if (read == 0)
        {
            _problems.Error(csv.HeaderAt, $"the {name} register has a header but no rows; add a row for each {RegisterSchemas.Item(name)}, or leave the file out of reportgen.yaml");
        }

        return (rows, read);
    }

    private RegisterRow? Row(CsvText csv, Dictionary<RegisterColumn, int> indexes)
    {
        var ok = true;
        var fields = new Dictionary<string, RegisterValue>(StringComparer.Ordinal);
        foreach (var (column, index) in indexes)
        {
            var text = csv.Text(index);
            if (column.Required && text.Trim().Length == 0)
            {
                _problems.Error(csv.FieldAt(index), $"the {column.Name} is blank; every row needs one");
                ok = false;
                continue;
            }

            if (column.Name == RegisterSchemas.Period)
            {
                continue;
            }

            if (RegisterFields.Read(text, column.Type, csv.FieldAt(index), _problems) is { } value)
            {
                fields[column.Name] = value;
            }
            else
            {
                ok = false;
            }
        }

        if (indexes.Keys.FirstOrDefault(c => c.Name == RegisterSchemas.Period) is { } periodColumn)
        {
            var text = csv.Text(indexes[periodColumn]);
            if (!PeriodParser.TryParse(text, _startMonth, out var period, out var error))
            {
                _problems.Error(csv.FieldAt(indexes[periodColumn]), error!);
                return null;
            }

            if (!ok || !IsFor(period))
            {
                return null;
            }
        }

        if (!ok)
        {
            return null;
        }

        if (fields.GetValueOrDefault("budget")?.Number is { } budget && fields.GetValueOrDefault("forecast")?.Number is { } forecast)
        {
            fields["variance"] = RegisterValue.OfMoney(forecast - budget);
        }

        return new RegisterRow(fields[RegisterSchemas.Theme].Text, fields, csv.RowAt);
    }

    /// <summary>A row is for the report when its period is the reported one or, for a monthly pack, the quarter holding it.</summary>
    private bool IsFor(Period period) =>
        period == _period || (_period.Kind == PeriodKind.Month && period.Kind == PeriodKind.Quarter && period.Span.Contains(_period.Span));

    private Dictionary<RegisterColumn, int>? Header(IReadOnlyList<string> names, SourceLocation at, string name)
    {
        var indexes = new Dictionary<RegisterColumn, int>();
        var others = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            var header = names[i].Trim();
            if (_columns.FirstOrDefault(c => string.Equals(c.Name, header, StringComparison.OrdinalIgnoreCase)) is not { } column)
            {
                others.Add(header);
            }
            else if (!indexes.TryAdd(column, i))
            {
                _problems.Error(at, $"the header names '{header}' twice (columns {indexes[column] + 1} and {i + 1}); keep one of them");
                return null;
            }
        }

        var missing = _columns.Where(c => c.Required && !indexes.ContainsKey(c)).Select(c => c.Name).ToList();
        var known = string.Join(", ", _columns.Select(c => c.Name));
        if (missing.Count > 0)
        {
            _problems.Error(at, $"the header has no {string.Join(" and no ", missing)} column; the columns found are {string.Join(", ", names.Select(n => $"'{n.Trim()}'"))}; the {name} register has {known}");
            return null;
        }

        if (others.Count > 0)
        {
            var hints = others.Select(o => Suggestions.Closest(o, _columns.Select(c => c.Name)) is { } m ? $"'{o}' (did you mean '{m}'?)" : $"'{o}'");
            _problems.Warning(at, $"the {(others.Count == 1 ? "column" : "columns")} {string.Join(", ", hints)} {(others.Count == 1 ? "is" : "are")} not read; the columns of the {name} register are {known}");
        }

        return indexes;
    }
}
