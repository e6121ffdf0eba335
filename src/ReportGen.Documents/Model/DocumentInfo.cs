namespace ReportGen.Documents.Model;

/// <summary>Document properties (PDF Info and XMP, Word core properties).</summary>
/// <param name="Title">The document title, shown by viewers instead of the file name.</param>
/// <param name="Language">The language tag, such as <c>en-GB</c>.</param>
/// <param name="Author">The organisation or author.</param>
/// <param name="Subject">A one-line subject.</param>
/// <param name="Keywords">Keywords, in order.</param>
/// <param name="Created">
/// The creation time to record, or <see langword="null"/> to record none. Never the wall clock: the same inputs
/// give the same bytes.
/// </param>
public sealed record DocumentInfo(
    string Title,
    string Language,
    string? Author = null,
    string? Subject = null,
    IReadOnlyList<string>? Keywords = null,
    DateTimeOffset? Created = null);
