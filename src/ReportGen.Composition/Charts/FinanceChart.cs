using ReportGen.Composition.Registers;
using ReportGen.Core.Indicators;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Charts;

/// <summary>
/// <c>kind: finance</c>: a financial review as the MOPAC dashboard draws it, a group of bars for each budget line of the
/// finance register (the theme's, inside <c>for_each: goal</c>): the budget in dark blue, the forecast outturn in
/// turquoise and, when any line gives it, the spend to date in dark pink, from zero, each bar labelled with its amount
/// as the finance table writes it (<c>£17.4m</c>), the three named in the legend. The alternative text gives every
/// figure and the totals, so nothing rests on the drawing.
/// </summary>
internal static class FinanceChart
{
    /// <summary>The chart of <paramref name="rows"/> (finance register rows), or <see langword="null"/> when there are none.</summary>
    public static Chart? Build(IReadOnlyList<RegisterRow> rows, string year, ChartTemplate template, string? title)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        decimal? Amount(RegisterRow row, string field) => row.Fields.TryGetValue(field, out var value) ? value.Number : null;
        var lines = rows.Select(r => r.Fields.TryGetValue("line", out var line) ? line.Text : string.Empty).ToList();
        var measures = new List<(string Name, string Field, Rgb Color)>
        {
            ("Budget", "budget", ChartPalette.DarkBlue),
            ("Forecast outturn", "forecast", ChartPalette.Turquoise),
        };
        if (rows.Any(r => Amount(r, "spend") is not null))
        {
            measures.Add(("Spent to date", "spend", ChartPalette.DarkPink));
        }

        var amounts = measures.SelectMany(m => rows.Select(r => Amount(r, m.Field))).OfType<decimal>().DefaultIfEmpty(0).ToList();
        var scale = NiceScale.For(Math.Min(0, amounts.Min()), Math.Max(1, amounts.Max()), fromZero: true, wholeNumbers: false);
        var series = measures.Select(m =>
        {
            var values = rows.Select(r => Amount(r, m.Field)).ToList();
            return new ChartSeries(m.Name, [.. values.Select(AxisFormat.ToDouble)], m.Color)
            {
                ValueLabels = [.. values.Select(v => v is { } pounds ? RowVariables.Pounds(pounds) : string.Empty)],
            };
        }).ToList();

        return new Chart(
            ChartKind.Bar,
            title ?? $"Budget, forecast outturn and spend to date, {year}",
            AltText(rows, lines, measures.Select(m => (m.Name, m.Field)).ToList(), year),
            lines,
            Axis(scale, template),
            series,
            template.Size);
    }

    /// <summary>
    /// The value axis in pounds, in millions from £1m; then its format (which Word's bar labels follow) has a decimal,
    /// so that Word labels a bar £17.4m as the PDF does, not £17m.
    /// </summary>
    private static ValueAxis Axis(Scale scale, ChartTemplate template)
    {
        var axis = AxisFormat.Axis(scale, Unit.Currency, template.AxisTitle ?? "Pounds");
        return Math.Max(Math.Abs(scale.Minimum), Math.Abs(scale.Maximum)) >= 1_000_000m
            ? axis with { FormatCode = AxisFormat.FormatCode(Unit.Currency, 1, millions: true) }
            : axis;
    }

    private static string AltText(IReadOnlyList<RegisterRow> rows, IReadOnlyList<string> lines, IReadOnlyList<(string Name, string Field)> measures, string year)
    {
        string Amount(RegisterRow row, string field) =>
            row.Fields.TryGetValue(field, out var value) && value.Number is { } pounds ? RowVariables.Pounds(pounds) : "not given";
        var each = rows.Select((row, i) => $"{lines[i]}: " + string.Join(", ", measures.Select(m => $"{m.Name.ToLowerInvariant()} {Amount(row, m.Field)}")));
        decimal Total(string field) => rows.Sum(r => r.Fields.TryGetValue(field, out var v) ? v.Number ?? 0 : 0);
        var variance = Total("forecast") - Total("budget");
        var against = variance switch
        {
            > 0 => $"{RowVariables.Pounds(variance)} over budget",
            < 0 => $"{RowVariables.Pounds(-variance)} under budget",
            _ => "on budget",
        };
        return $"Bar chart of the budget, forecast outturn and spend to date of each budget line, {year}: {string.Join("; ", each)}. "
            + $"In all, a budget of {RowVariables.Pounds(Total("budget"))} and a forecast outturn of {RowVariables.Pounds(Total("forecast"))}, {against}.";
    }
}
