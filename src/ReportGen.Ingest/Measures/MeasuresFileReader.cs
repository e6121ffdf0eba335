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

    private readonly ProblemList _problems;
    private readonly int _startMonth;

    private MeasuresFileReader(int startMonth, ProblemList problems)
    {
        _startMonth = startMonth;
        _problems = problems;
    }

    /// <summary>The rows of the file whose bytes are <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="path">The file's path, for messages.</param>
    /// <param name="encoding">The encoding the project file names.</param>
    /// <param name="startMonth">The financial year's first month.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="breakdownColumn">The header of the breakdown column, when the project file names one (<c>columns: { breakdown: borough }</c>); none for <c>breakdown</c>.</param>
    public static IReadOnlyList<MeasureRow> Read(byte[] bytes, string path, DataEncoding encoding, int startMonth, ProblemList problems, string? breakdownColumn = null)
    {
        using var csv = CsvText.Open(bytes, path, encoding, "it needs a header row such as indicator,period,value and a row for each figure", problems);
        return csv is null ? [] : new MeasuresFileReader(startMonth, problems).ReadRows(csv, breakdownColumn);
    }

    private List<MeasureRow> ReadRows(CsvText csv, string? breakdownColumn)
    {
        var header = MeasureHeader.Read(csv.Headers, csv.HeaderAt, _problems, breakdownColumn);
        var rows = new List<MeasureRow>();
        if (header is null)
        {
            return rows;
        }

        while (csv.Read())
        {
            if (ReadRow(csv, header) is { } row)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private MeasureRow? ReadRow(CsvText csv, MeasureHeader header)
    {
        if (csv.IsBlank)
        {
            return null;
        }

        if (csv.Fields.Count != header.Count)
        {
            _problems.Error(csv.RowAt, $"this row has {csv.Fields.Count} fields but the header has {header.Count}; check for a missing or extra comma, and put values with commas in quotes (\"13,143\")");
            return null;
        }

        var fields = new SourceLocation?[Enum.GetValues<MeasureColumn>().Length];
        foreach (var column in Enum.GetValues<MeasureColumn>())
        {
            fields[(int)column] = header.IndexOf(column) is var i and >= 0 ? csv.FieldAt(i) : null;
        }

        string Text(MeasureColumn column) => csv.Text(header.IndexOf(column));
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

        MeasureColumn? pounds = null;
        decimal? Number(MeasureColumn column)
        {
            if (fields[(int)column] is not { } at)
            {
                return null;
            }

            var number = FieldText.Number(Text(column), at, _problems, ref ok, allowPounds: true, out var pound);
            pounds ??= pound ? column : null;
            return number;
        }

        var value = Number(MeasureColumn.Value);
        var numerator = Number(MeasureColumn.Numerator);
        var denominator = Number(MeasureColumn.Denominator);
        var target = Number(MeasureColumn.Target);
        var rating = fields[(int)MeasureColumn.Rating] is { } ratingAt ? FieldText.Rating(Text(MeasureColumn.Rating), ratingAt, _problems, ref ok) : null;
        var provisional = fields[(int)MeasureColumn.Provisional] is { } provisionalAt && FieldText.Provisional(Text(MeasureColumn.Provisional), provisionalAt, _problems, ref ok);
        if ((numerator is null) != (denominator is null) && ok)
        {
            var (blank, given, amount) = numerator is null ? ("numerator", "denominator", denominator) : ("denominator", "numerator", numerator);
            _problems.Error(fields[(int)(numerator is null ? MeasureColumn.Numerator : MeasureColumn.Denominator)]!, $"the {blank} is blank but the {given} is {amount}; give both, or neither and a value");
            ok = false;
        }

        // A figure written as a "no value" marker keeps it, so that packs can say why the figure is blank.
        var marker = value is null && numerator is null && denominator is null
            ? new[] { MeasureColumn.Value, MeasureColumn.Numerator }.Where(c => fields[(int)c] is not null).Select(c => FieldText.Marker(Text(c))).FirstOrDefault(m => m is not null)
            : null;
        var breakdown = Text(MeasureColumn.Breakdown).Trim();
        return ok
            ? new MeasureRow(new Observation(id, period, breakdown.Length == 0 ? null : breakdown, value, numerator, denominator, target, rating) { Provisional = provisional, Source = csv.RowAt, NotAvailable = marker }, csv.RowAt, fields) { Pounds = pounds }
            : null;
    }
}
