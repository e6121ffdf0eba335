using ReportGen.Composition;
using ReportGen.Core.Disclosure;
using ReportGen.Ingest;

namespace ReportGen.Pipeline.Stages;

/// <summary>The edition a build makes: <c>--edition</c>, else the project file's <c>edition</c>, else public; with its settings.</summary>
/// <param name="Kind">Public or restricted.</param>
/// <param name="Settings">The project file's settings for it (marking, output folder, disclosure control), or the defaults.</param>
internal sealed record BuildEdition(EditionKind Kind, EditionSettings Settings)
{
    /// <summary>The edition <paramref name="requested"/> (<c>--edition</c>), else <paramref name="project"/>'s.</summary>
    public static BuildEdition Of(EditionKind? requested, ProjectFile project)
    {
        var kind = requested ?? project.Edition;
        return new BuildEdition(kind, project.SettingsOf(kind));
    }

    /// <summary>The ids of the indicators the edition leaves out, set by the build once the definitions are read.</summary>
    public IReadOnlySet<string> LeftOut { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>What composition needs: the kind, the marking and the indicators left out.</summary>
    public Edition ForDocuments => new(Kind, Settings.Marking) { LeftOut = LeftOut };

    /// <summary>The project's disclosure rules as this edition applies them.</summary>
    public DisclosureRules Rules(ProjectFile project) => project.Disclosure with { Enabled = Settings.DisclosureControl };
}
