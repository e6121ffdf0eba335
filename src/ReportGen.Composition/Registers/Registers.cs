namespace ReportGen.Composition.Registers;

/// <summary>
/// The rows of a project's registers for the reported period, by register name (<c>risks</c>, <c>issues</c>,
/// <c>milestones</c>, <c>finance</c>): what the <c>table</c> block lists. docs/dashboard-inputs.md describes the files.
/// </summary>
/// <param name="Tables">Each register's rows, in file order.</param>
public sealed record Registers(IReadOnlyDictionary<string, IReadOnlyList<RegisterRow>> Tables)
{
    /// <summary>No registers.</summary>
    public static Registers Empty { get; } = new(new Dictionary<string, IReadOnlyList<RegisterRow>>(StringComparer.Ordinal));

    /// <summary>The rows of register <paramref name="name"/> whose theme is <paramref name="theme"/> (every row when it is <see langword="null"/>).</summary>
    public IReadOnlyList<RegisterRow> Rows(string name, string? theme) =>
        !Tables.TryGetValue(name, out var rows) ? []
        : theme is null ? rows
        : [.. rows.Where(r => string.Equals(r.Theme, theme, StringComparison.OrdinalIgnoreCase))];
}
