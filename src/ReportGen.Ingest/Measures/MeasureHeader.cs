using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Measures;

/// <summary>The header of a measures CSV: which field holds which column.</summary>
internal sealed class MeasureHeader
{
    private static readonly string[] Names = Enum.GetValues<MeasureColumn>().Select(c => c.ToString().ToLowerInvariant()).ToArray();

    private readonly Dictionary<MeasureColumn, int> _indexes;
    private readonly MeasureColumn?[] _columns;

    private MeasureHeader(Dictionary<MeasureColumn, int> indexes, int count)
    {
        _indexes = indexes;
        Count = count;
        _columns = new MeasureColumn?[count];
        foreach (var (column, index) in indexes)
        {
            _columns[index] = column;
        }
    }

    /// <summary>How many fields the header has (every row must have as many).</summary>
    public int Count { get; }

    /// <summary>The field index of <paramref name="column"/>, or -1 when the file has no such column.</summary>
    public int IndexOf(MeasureColumn column) => _indexes.GetValueOrDefault(column, -1);

    /// <summary>The column field <paramref name="index"/> holds, if it is one that is read.</summary>
    public MeasureColumn? ColumnAt(int index) => index < _columns.Length ? _columns[index] : null;

    /// <summary>
    /// The header of <paramref name="names"/>, or <see langword="null"/> (with an error) when a required column is missing.
    /// <paramref name="breakdownColumn"/>, when given, is the header of the breakdown column in place of <c>breakdown</c>.
    /// </summary>
    public static MeasureHeader? Read(IReadOnlyList<string> names, SourceLocation location, ProblemList problems, string? breakdownColumn = null)
    {
        var indexes = new Dictionary<MeasureColumn, int>();
        var others = new List<string>();
        var named = Names.ToArray();
        if (breakdownColumn is { } renamed)
        {
            named[(int)MeasureColumn.Breakdown] = renamed.Trim();
            if (!names.Any(n => string.Equals(n.Trim(), named[(int)MeasureColumn.Breakdown], StringComparison.OrdinalIgnoreCase)))
            {
                problems.Error(location, $"the header has no '{Excerpt.Of(renamed.Trim())}' column, which 'columns: {{ breakdown: … }}' names; the columns found are {string.Join(", ", names.Select(n => $"'{Excerpt.Of(n.Trim())}'"))}");
                return null;
            }
        }

        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim();
            var column = Array.FindIndex(named, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (column < 0)
            {
                others.Add(name);
            }
            else if (indexes.TryGetValue((MeasureColumn)column, out var first))
            {
                problems.Error(location, $"the header names '{Excerpt.Of(name)}' twice (columns {first + 1} and {i + 1}); keep one of them");
                return null;
            }
            else
            {
                indexes.Add((MeasureColumn)column, i);
            }
        }

        var missing = new List<string>();
        foreach (var required in new[] { MeasureColumn.Indicator, MeasureColumn.Period })
        {
            if (!indexes.ContainsKey(required))
            {
                missing.Add(Names[(int)required]);
            }
        }

        var hasNumerator = indexes.ContainsKey(MeasureColumn.Numerator);
        var hasDenominator = indexes.ContainsKey(MeasureColumn.Denominator);
        if (hasNumerator != hasDenominator)
        {
            missing.Add(hasNumerator ? "denominator (there is a numerator)" : "numerator (there is a denominator)");
        }
        else if (!indexes.ContainsKey(MeasureColumn.Value) && !hasNumerator)
        {
            missing.Add("value (or numerator and denominator)");
        }

        if (missing.Count > 0)
        {
            var found = string.Join(", ", names.Select(n => $"'{Excerpt.Of(n.Trim())}'"));
            problems.Error(location, $"the header has no {string.Join(" and no ", missing)} column; the columns found are {found}; a measures CSV needs indicator, period and value (or numerator and denominator)");
            return null;
        }

        if (others.Count > 0)
        {
            problems.Warning(location, $"the {(others.Count == 1 ? "column" : "columns")} {string.Join(", ", others.Select(o => $"'{Excerpt.Of(o)}'"))} {(others.Count == 1 ? "is" : "are")} not read; the columns read are {string.Join(", ", named)}");
        }

        return new MeasureHeader(indexes, names.Count);
    }
}
