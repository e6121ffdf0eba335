using ReportGen.Ingest;

namespace ReportGen.Composition.Registers;

/// <summary>
/// The columns of each register (docs/dashboard-inputs.md). Every register also has <c>theme</c> (required: the goal
/// key its rows report under), <c>period</c> (optional: the quarter a row is for) and <c>ref</c> (optional: its
/// number in the theme).
/// </summary>
internal static class RegisterSchemas
{
    /// <summary>The theme column.</summary>
    public const string Theme = "theme";

    /// <summary>The period column.</summary>
    public const string Period = "period";

    /// <summary>Every register's columns, by register name.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<RegisterColumn>> All { get; } = new Dictionary<string, IReadOnlyList<RegisterColumn>>(StringComparer.Ordinal)
    {
        ["risks"] = Common([new("risk", FieldType.Text, true), new("score", FieldType.Score, true), new("trend", FieldType.Trend), new("explanation", FieldType.Text)]),
        ["issues"] = Common([new("issue", FieldType.Text, true), new("rating", FieldType.Severity, true), new("trend", FieldType.Trend), new("explanation", FieldType.Text)]),
        ["milestones"] = Common([new("milestone", FieldType.Text, true), new("baseline", FieldType.Quarter), new("forecast", FieldType.Quarter), new("confidence", FieldType.Confidence, true)]),
        ["finance"] = Common([new("line", FieldType.Text, true), new("budget", FieldType.Money, true), new("forecast", FieldType.Money, true), new("spend", FieldType.Money), new("notes", FieldType.Text)]),
    };

    /// <summary>The register names, in the order docs list them.</summary>
    public static IReadOnlyList<string> Names => RegisterSource.Names;

    /// <summary>What one row of register <paramref name="name"/> is: a risk, an issue, a milestone, a budget line.</summary>
    public static string Item(string name) => name switch
    {
        "risks" => "risk",
        "issues" => "issue",
        "milestones" => "milestone",
        _ => "budget line",
    };

    private static RegisterColumn[] Common(RegisterColumn[] own) =>
        [new(Theme, FieldType.Text, true), new(Period, FieldType.Text), new("ref", FieldType.Text), .. own];
}
