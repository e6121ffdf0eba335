using ReportGen.Core.Diagnostics;

namespace ReportGen.Composition.Templates;

/// <summary>
/// A pack's layout as an analyst writes it (templates/&lt;name&gt;/template.yaml): document properties, a theme
/// and sections of blocks. Texts are Liquid templates (<c>{{ period.label }}</c>), most of them Markdown too.
/// </summary>
/// <param name="Name">The template's name (<c>corporate-performance</c>).</param>
/// <param name="Document">Title, page furniture and other document-wide texts.</param>
/// <param name="Theme">Colours and arrow conventions.</param>
/// <param name="Sections">The sections, in order.</param>
/// <param name="Location">Where the template was read from.</param>
public sealed record ReportTemplate(
    string Name,
    TemplateDocument Document,
    TemplateTheme Theme,
    IReadOnlyList<TemplateSection> Sections,
    SourceLocation Location);

/// <summary>Document-wide texts of a template; each is a Liquid template.</summary>
/// <param name="Title">The document title.</param>
/// <param name="Subject">A one-line subject.</param>
/// <param name="Header">The running header.</param>
/// <param name="Footer">The footer text.</param>
/// <param name="PageNumbers">The page-number format (<c>Page {page} of {pages}</c>).</param>
/// <param name="FirstPageNumber">The first page's number, as text (may come from a setting).</param>
/// <param name="Marking">A protective marking for every page.</param>
public sealed record TemplateDocument(
    string Title,
    string? Subject = null,
    string? Header = null,
    string? Footer = null,
    string PageNumbers = "Page {page} of {pages}",
    string? FirstPageNumber = null,
    string? Marking = null);

/// <summary>A section of a template: a page orientation and its blocks.</summary>
/// <param name="Orientation">Portrait or landscape.</param>
/// <param name="Header">A running header for this section instead of the document's, if any.</param>
/// <param name="Blocks">The blocks.</param>
/// <param name="ForEach">
/// <see cref="SectionRepeat.Goal"/> to repeat the section for each goal (theme, area), with <c>goal</c> in scope and
/// the goal's indicators, summary and register rows in place of the report's.
/// </param>
/// <param name="Restricted">Whether the whole section is left out of the public edition (<c>restricted: true</c>).</param>
public sealed record TemplateSection(
    Documents.Model.Orientation Orientation,
    string? Header,
    IReadOnlyList<TemplateBlock> Blocks,
    SectionRepeat ForEach = SectionRepeat.Once,
    bool Restricted = false);

/// <summary>How often a template section is composed.</summary>
public enum SectionRepeat
{
    /// <summary>Once, for the whole report.</summary>
    Once,

    /// <summary>Once for each goal (theme, area) of the report, each starting a new page.</summary>
    Goal,
}
