using ReportGen.Core.Indicators;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Definitions;

/// <summary>Reads <c>tolerance:</c>: <c>5%</c> of the target, <c>100</c> in the unit, or <c>2pp</c> (percent indicators only).</summary>
internal static class ToleranceText
{
    private const string Advice = "write 5% (of the target), an amount in the unit such as 100, or 2pp (percentage points, for percent indicators)";

    public static Tolerance? Read(YamlNode node, Unit unit, ProblemList problems)
    {
        if (YamlValues.Text(node, "'tolerance'", problems) is not { } text)
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
            problems.Error(node.Location, $"'tolerance' is '{text}'; {Advice}");
            return null;
        }

        if (percent && kind == ToleranceKind.PercentagePoints)
        {
            problems.Error(node.Location, $"'tolerance' is '{text}'; {Advice}");
            return null;
        }

        if (amount < 0)
        {
            problems.Error(node.Location, $"'tolerance' is '{text}', which is negative; write how far from the target still counts as on target, such as 5%");
            return null;
        }

        if (kind == ToleranceKind.PercentagePoints && unit != Unit.Percent)
        {
            problems.Error(node.Location, $"'tolerance' is '{text}', in percentage points, which only an indicator of unit percent has; write 5% (of the target) or an amount such as 100");
            return null;
        }

        return new Tolerance(percent ? ToleranceKind.PercentOfTarget : kind, amount);
    }
}
