using ReportGen.Core.Indicators;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Definitions;

/// <summary>Reads <c>tolerance:</c> (and the allowances of <c>rag:</c>, <c>amber_within</c> and <c>green_within</c>): <c>5%</c> of the target, <c>100</c> in the unit, or <c>2pp</c> (percent indicators only).</summary>
internal static class ToleranceText
{
    private const string Advice = "write 5% (of the target), an amount in the unit such as 100, or 2pp (percentage points, for percent indicators)";

    public static Tolerance? Read(YamlNode node, Unit unit, ProblemList problems) =>
        Read(node, "tolerance", "how far from the target still counts as on target, such as 5%", unit == Unit.Percent, problems);

    /// <summary>
    /// Reads an allowance written as <c>tolerance:</c> is (<c>10%</c>, <c>250</c>, <c>5pp</c>) under the key
    /// <paramref name="key"/>; <paramref name="meaning"/> says what it is, for the advice on a negative amount.
    /// </summary>
    public static Tolerance? Read(YamlNode node, string key, string meaning, bool percentUnit, ProblemList problems)
    {
        if (YamlValues.Text(node, $"'{key}'", problems) is not { } text)
        {
            return null;
        }

        var trimmed = text.Trim();
        var kind = ToleranceKind.Absolute;
        var number = trimmed;
        if (trimmed.EndsWith("pp", StringComparison.OrdinalIgnoreCase))
        {
            kind = ToleranceKind.PercentagePoints;
            number = trimmed[..^2];
        }

        if (!NumberText.TryParse(number, out var amount, out var percent))
        {
            problems.Error(node.Location, $"'{key}' is '{text}'; {Advice}");
            return null;
        }

        if (percent && kind == ToleranceKind.PercentagePoints)
        {
            problems.Error(node.Location, $"'{key}' is '{text}'; {Advice}");
            return null;
        }

        if (amount < 0)
        {
            problems.Error(node.Location, $"'{key}' is '{text}', which is negative; write {meaning}");
            return null;
        }

        if (kind == ToleranceKind.PercentagePoints && !percentUnit)
        {
            problems.Error(node.Location, $"'{key}' is '{text}', in percentage points, which only an indicator of unit percent has; write 5% (of the target) or an amount such as 100");
            return null;
        }

        return new Tolerance(percent ? ToleranceKind.PercentOfTarget : kind, amount);
    }
}
