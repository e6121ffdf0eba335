using ReportGen.Core.Diagnostics;

namespace ReportGen.Composition.Narrative;

/// <summary>
/// An analyst's words for one reporting period, as read from <c>commentary/&lt;period&gt;.md</c>: notes per
/// indicator and narrative sections the template places (policy context, implications…). Texts are Markdown.
/// </summary>
/// <param name="Indicators">Notes by indicator id.</param>
/// <param name="Narrative">Narrative sections by key (the heading's text, lower-cased, e.g. <c>financial implications</c>).</param>
public sealed record Commentary(
    IReadOnlyDictionary<string, IndicatorCommentary> Indicators,
    IReadOnlyDictionary<string, NarrativeSection> Narrative)
{
    /// <summary>No commentary.</summary>
    public static Commentary Empty { get; } = new(
        new Dictionary<string, IndicatorCommentary>(StringComparer.Ordinal),
        new Dictionary<string, NarrativeSection>(StringComparer.Ordinal));

    /// <summary>
    /// What the public edition left out because it is marked restricted: narrative keys, indicator ids (all their
    /// notes) and <see cref="WithheldPart"/> keys. A withheld narrative section shows nothing, not the template's default.
    /// </summary>
    public IReadOnlySet<string> Withheld { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The addresses of the links the file gives that are kept as text (warned about where they are written).</summary>
    public IReadOnlySet<string> RefusedLinks { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The key of one withheld part of an indicator's notes: <c>CSP1/CorrectiveAction</c>.</summary>
    public static string WithheldPart(string indicatorId, string part) => $"{indicatorId}/{part}";

    /// <summary>Whether the indicator's corrective action (or all its notes) was withheld as restricted.</summary>
    public bool WithheldCorrectiveAction(string indicatorId) =>
        Withheld.Contains(indicatorId) || Withheld.Contains(WithheldPart(indicatorId, "CorrectiveAction"));
}

/// <summary>What an analyst wrote about one indicator for the period. Each text is Markdown, or <see langword="null"/>.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Highlight">A short highlight for the cover report.</param>
/// <param name="Text">The commentary.</param>
/// <param name="CorrectiveAction">What is being done about poor performance.</param>
/// <param name="Location">Where the indicator's notes start, for messages.</param>
public sealed record IndicatorCommentary(
    string IndicatorId,
    string? Highlight,
    string? Text,
    string? CorrectiveAction,
    SourceLocation Location)
{
    /// <summary>
    /// Where each part's text starts in the file (line and column 1 of its first line), by part name
    /// (<c>Highlight</c>, <c>Commentary</c>, <c>CorrectiveAction</c>): a place inside a text is found from it.
    /// </summary>
    public IReadOnlyDictionary<string, SourceLocation> TextStarts { get; init; } = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);

    /// <summary>Where the text of <paramref name="part"/> starts, else where the notes start.</summary>
    public SourceLocation StartOf(string part) => TextStarts.GetValueOrDefault(part) ?? Location;
}

/// <summary>A narrative section of the commentary file.</summary>
/// <param name="Key">The key templates use: the heading's text, trimmed and lower-cased.</param>
/// <param name="Title">The heading as written.</param>
/// <param name="Markdown">The section's text.</param>
/// <param name="Location">Where the section starts, for messages.</param>
public sealed record NarrativeSection(string Key, string Title, string Markdown, SourceLocation Location)
{
    /// <summary>Where the text starts in the file (line and column 1 of its first line), else where the heading is.</summary>
    public SourceLocation? TextStart { get; init; }
}
