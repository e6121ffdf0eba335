using ReportGen.Composition.Narrative;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Results;

namespace ReportGen.Composition;

/// <summary>What a template is composed with: one report's results, the analyst's words and the project's settings.</summary>
/// <param name="Results">The results of the report's indicators, in the order the report lists them.</param>
/// <param name="Commentary">The commentary for the period.</param>
/// <param name="CommentaryPath">The commentary file's path (whether or not it exists), for messages.</param>
/// <param name="ProjectTitle">The project's title.</param>
/// <param name="Organisation">The organisation, if given.</param>
/// <param name="Language">The language tag, such as <c>en-GB</c>.</param>
/// <param name="ReportId">The report's id in the project file.</param>
/// <param name="ReportTitle">The report's title in the project file, if given.</param>
/// <param name="Settings">The report's free-form settings (strings, lists, maps).</param>
/// <param name="Created">The creation time to record in the documents, if any (never the wall clock).</param>
/// <param name="SettingsLocation">Where the report's settings are written, for messages about them.</param>
/// <param name="Provenance">The build's input files and ReportGen version, for the <c>data-sources</c> block; none to leave it empty.</param>
/// <param name="Registers">The register rows (risks, issues, milestones, finance) for the period, for <c>table</c> blocks; none for none.</param>
/// <param name="SettingLocations">Where each top-level setting's value is written, by name, for messages about it; none to use <paramref name="SettingsLocation"/>.</param>
/// <param name="Edition">The edition: which restricted sections and blocks are left out, and the marking; none for <see cref="Composition.Edition.Full"/>.</param>
/// <param name="TemplateBudget">What the Liquid texts may spend, shared by every report of the build; none for a budget of this report's own.</param>
public sealed record CompositionInput(
    ReportResults Results,
    Commentary Commentary,
    string CommentaryPath,
    string ProjectTitle,
    string? Organisation,
    string Language,
    string ReportId,
    string? ReportTitle,
    IReadOnlyDictionary<string, object?> Settings,
    DateTimeOffset? Created = null,
    SourceLocation? SettingsLocation = null,
    ProvenanceNote? Provenance = null,
    Registers.Registers? Registers = null,
    Edition? Edition = null,
    IReadOnlyDictionary<string, SourceLocation>? SettingLocations = null,
    TemplateBudget? TemplateBudget = null)
{
    /// <summary>The breakdown group the pack is built for (<c>--for-each</c>); none for a build of the whole.</summary>
    public PackOf? Pack { get; init; }
}
