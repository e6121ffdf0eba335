using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest;

/// <summary>One entry of <c>reports:</c> in the project file: a pack to build.</summary>
public sealed record ReportDefinition
{
    /// <summary>The report's id, unique in the project (<c>crime-disorder</c>); letters a–z, digits, <c>-</c> and <c>_</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The template as written: a built-in template's name or a path.</summary>
    public required string Template { get; init; }

    /// <summary>
    /// The absolute path of the user's template when <see cref="Template"/> is a path (it has a <c>/</c> or a
    /// <c>.</c>); <see langword="null"/> for a built-in name, which the caller checks.
    /// </summary>
    public string? TemplatePath { get; init; }

    /// <summary>The formats to build, in the order written (all three by default).</summary>
    public IReadOnlyList<OutputFormat> Formats { get; init; } = [OutputFormat.Pdf, OutputFormat.Docx, OutputFormat.Json];

    /// <summary>The report's own title, if given.</summary>
    public string? Title { get; init; }

    /// <summary>The indicators the report covers, in the order written; <see langword="null"/> for all of them.</summary>
    public IReadOnlyList<string>? Indicators { get; init; }

    /// <summary>Where each of <see cref="Indicators"/> is written, in the same order, for messages about unknown ids.</summary>
    public IReadOnlyList<SourceLocation> IndicatorLocations { get; init; } = [];

    /// <summary>
    /// The free-form settings the template reads, in file order: each value is a <see cref="string"/> (numbers
    /// and booleans as written), an <see cref="IReadOnlyList{T}"/> of values, an
    /// <see cref="IReadOnlyDictionary{TKey, TValue}"/> of values, or <see langword="null"/>.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Settings { get; init; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Where each top-level setting's value is written, by its name, for messages about it.</summary>
    public IReadOnlyDictionary<string, SourceLocation> SettingLocations { get; init; } = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);

    /// <summary>Where the report's entry starts in the project file.</summary>
    public required SourceLocation Location { get; init; }
}
