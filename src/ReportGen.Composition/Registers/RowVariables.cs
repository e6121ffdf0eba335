using ReportGen.Composition.Text;

namespace ReportGen.Composition.Registers;

/// <summary>
/// A register row as Liquid sees it (<c>row.score</c>, <c>row.budget</c> as <c>£4.3m</c> or <c>£0.3m</c>, <c>row.raw.budget</c>), and
/// the <c>totals</c> of the rows shown: each number or money column summed, formatted the same way.
/// </summary>
internal static class RowVariables
{
    /// <summary>The variables of <paramref name="row"/>, the <paramref name="number"/>th shown.</summary>
    public static LiquidMap Of(RegisterRow row, int number)
    {
        var hash = new LiquidMap(open: true);
        var raw = new LiquidMap(open: true);
        foreach (var (name, value) in row.Fields)
        {
            hash[name] = Format(value.Kind, value.Kind == RegisterValueKind.Text ? null : value.Number, value.Text);
            if (value.Number is { } n)
            {
                raw[name] = n;
            }
        }

        hash["theme"] = row.Theme;
        hash["number"] = number;
        hash["raw"] = raw;
        return hash;
    }

    /// <summary>The sum of each number or money field over <paramref name="rows"/> (blank when every row's is blank).</summary>
    public static LiquidMap Totals(IReadOnlyList<RegisterRow> rows)
    {
        var totals = new LiquidMap(open: true);
        var names = rows.SelectMany(r => r.Fields).Where(f => f.Value.Kind != RegisterValueKind.Text).Select(f => (f.Key, f.Value.Kind)).Distinct();
        foreach (var (name, kind) in names)
        {
            var numbers = rows.Select(r => r.Fields.GetValueOrDefault(name)?.Number).OfType<decimal>().ToList();
            totals[name] = Format(kind, numbers.Count == 0 ? null : numbers.Sum(), string.Empty);
        }

        return totals;
    }

    private static string Format(RegisterValueKind kind, decimal? number, string text) => kind switch
    {
        RegisterValueKind.Text => text,
        _ when number is not { } n => string.Empty,
        RegisterValueKind.Money => Pounds(number.Value),
        _ => Display.Number(number.Value, Decimals(number.Value)),
    };

    /// <summary>Pounds as a finance table shows them, in millions from £100,000 so that a column reads alike: <c>£17.4m</c>, <c>£0.3m</c>, <c>£45,000</c>.</summary>
    internal static string Pounds(decimal value) => Math.Abs(value) >= 100_000m
        ? (value < 0 ? "-" : string.Empty) + "£" + Display.Number(Math.Abs(value) / 1_000_000m, 1) + "m"
        : Display.Money(value, 0);

    private static int Decimals(decimal value) => (value / 1.000000000000000000000000000000000m).Scale;
}
