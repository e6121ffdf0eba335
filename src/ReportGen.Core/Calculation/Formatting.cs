using System.Globalization;

namespace ReportGen.Core.Calculation;

/// <summary>Culture-invariant wording of numbers and lists for warnings (never for packs).</summary>
internal static class Formatting
{
    /// <summary>A number as the data would write it: <c>4355</c>, <c>28.5</c>.</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Items joined as prose: <c>a</c>, <c>a and b</c>, <c>a, b and c</c>.</summary>
    public static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}",
    };
}
