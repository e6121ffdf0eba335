using ReportGen.Core.Diagnostics;

namespace ReportGen.Composition.Templates;

/// <summary>
/// <c>tables: { from: goal.tables }</c>: tables written out in the project's settings, each with its own columns and
/// rows of cells (figures a pack prints that are not indicators, and forms the published pack leaves blank), read
/// from a list in the goal's entry of the <c>goals</c> setting or in the report's <c>settings</c>.
/// </summary>
/// <param name="Location">Where the block is written.</param>
/// <param name="Scope"><c>goal</c> or <c>settings</c>: where the list is.</param>
/// <param name="Key">The list's key there.</param>
public sealed record SettingsTablesTemplate(SourceLocation Location, string Scope, string Key) : TemplateBlock(Location)
{
    /// <summary>The list in the goal in scope (<c>goal.tables</c>).</summary>
    public const string GoalScope = "goal";

    /// <summary>The list in the report's settings (<c>settings.tables</c>).</summary>
    public const string SettingsScope = "settings";
}
