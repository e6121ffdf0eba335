using ReportGen.Core.Disclosure;
using ReportGen.Core.Periods;

namespace ReportGen.Pipeline;

/// <summary>What <c>reportgen build</c> was asked to do, with the command line already checked for form.</summary>
public sealed record BuildRequest
{
    /// <summary>The project folder (holding <c>reportgen.yaml</c>).</summary>
    public required string ProjectDirectory { get; init; }

    /// <summary>The period to build (<c>--quarter Q3 --year 2016/17</c>, <c>--quarter Q3</c>, <c>--month 2016-12</c>), read once.</summary>
    public required PeriodRequest Period { get; init; }

    /// <summary>The output folder (<c>--out</c>), overriding the project file's.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>The formats to write (<c>--format pdf,docx</c>); <see langword="null"/> for each report's own.</summary>
    public IReadOnlySet<string>? Formats { get; init; }

    /// <summary>The edition to build (<c>--edition public</c>); <see langword="null"/> for the project file's, public unless it says otherwise.</summary>
    public EditionKind? Edition { get; init; }

    /// <summary>Whether the packs are drafts (<c>--draft</c>): DRAFT across every page; the project file can say so too.</summary>
    public bool Draft { get; init; }

    /// <summary>Whether the PDFs are PDF/A-2 for archiving (<c>--pdfa</c>); the project file can say so too.</summary>
    public bool PdfA { get; init; }

    /// <summary>
    /// A Word document or template whose house style the packs take (<c>--reference-docx</c>, relative to the current
    /// folder), instead of the project file's <c>reference_docx:</c>.
    /// </summary>
    public string? ReferenceDocx { get; init; }

    /// <summary>Told each stage as the build reaches it (<c>--verbose</c>, and the progress line on a terminal); none by default.</summary>
    public IProgress<string>? Progress { get; init; }

    /// <summary>Whether warnings fail the build (<c>--strict</c>).</summary>
    public bool Strict { get; init; }

    /// <summary>The creation time to record in the outputs (from <c>SOURCE_DATE_EPOCH</c>), or none.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>A pack for each group of a breakdown (<c>--for-each borough</c>), each in its own folder; none for one build of the whole.</summary>
    public Packs.PackRequest? Packs { get; init; }

    /// <summary>The command line as given (<c>reportgen build --quarter Q3</c>), for the manifest; none when not run from one.</summary>
    public IReadOnlyList<string>? CommandLine { get; init; }
}
