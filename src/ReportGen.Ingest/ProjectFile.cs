using ReportGen.Core.Diagnostics;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Periods;

namespace ReportGen.Ingest;

/// <summary>
/// A report project's <c>reportgen.yaml</c>, read and checked: every path in it resolved to an absolute path
/// inside the project folder.
/// </summary>
public sealed record ProjectFile
{
    /// <summary>The project folder, absolute.</summary>
    public required string Directory { get; init; }

    /// <summary>
    /// The project folder as the caller gave it to <see cref="ProjectLoader.Load"/>; problems name files by it
    /// (<c>samples/havering/data/measures.csv</c>), or by their relative path alone when it was <c>.</c>.
    /// </summary>
    public required string DisplayDirectory { get; init; }

    /// <summary>The project file itself, absolute.</summary>
    public required string FilePath { get; init; }

    /// <summary>The packs' title.</summary>
    public required string Title { get; init; }

    /// <summary>The organisation, if given.</summary>
    public string? Organisation { get; init; }

    /// <summary>The language of the packs, as a language tag (<c>en-GB</c> by default).</summary>
    public string Language { get; init; } = "en-GB";

    /// <summary>The month the financial year starts in, 1 to 12 (April by default).</summary>
    public int FinancialYearStart { get; init; } = FinancialYear.DefaultStartMonth;

    /// <summary>The CSV extracts, in the order listed.</summary>
    public IReadOnlyList<DataSource> Data { get; init; } = [];

    /// <summary>The indicator definition files (<c>*.yaml</c>, <c>*.yml</c>), absolute, in ordinal order of their paths.</summary>
    public IReadOnlyList<string> IndicatorFiles { get; init; } = [];

    /// <summary>
    /// The files this build has read, each with the size and SHA-256 of the bytes read: every reader of the
    /// project's inputs records here, so the manifest needs no second read.
    /// </summary>
    public Text.InputLog Reads { get; init; } = new();

    /// <summary>The commentary folder, absolute; it need not exist.</summary>
    public required string CommentaryDirectory { get; init; }

    /// <summary>The output folder, absolute; it need not exist.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The fonts for PDF output, if given.</summary>
    public FontFiles? Fonts { get; init; }

    /// <summary>The register files (<c>registers:</c> risks, issues, milestones, finance) for the thematic dashboard.</summary>
    public IReadOnlyList<RegisterSource> Registers { get; init; } = [];

    /// <summary>The reports to build, in the order listed.</summary>
    public IReadOnlyList<ReportDefinition> Reports { get; init; } = [];

    /// <summary>
    /// Disclosure control (<c>disclosure:</c>): the threshold, zeros, and the totals, those declared and each subtotal of
    /// a record-level extract's categories.
    /// </summary>
    public DisclosureRules Disclosure { get; init; } = DisclosureRules.None;

    /// <summary>The edition a build makes without <c>--edition</c> (<c>edition:</c>): public unless the project file says so.</summary>
    public EditionKind Edition { get; init; } = EditionKind.Public;

    /// <summary>Whether the packs are drafts (<c>draft: true</c>): DRAFT across every page.</summary>
    public bool Draft { get; init; }

    /// <summary>Whether the PDFs are written as PDF/A-2 for archiving (<c>pdfa: true</c>).</summary>
    public bool PdfA { get; init; }

    /// <summary>How each edition is built (<c>editions:</c>); see <see cref="SettingsOf"/>.</summary>
    public IReadOnlyDictionary<EditionKind, EditionSettings> Editions { get; init; } = new Dictionary<EditionKind, EditionSettings>();

    /// <summary>The totals written under <c>disclosure: totals:</c>, with where, for checking their ids against the definitions.</summary>
    internal IReadOnlyList<(IndicatorTotal Total, SourceLocation Location)> DeclaredTotals { get; init; } = [];

    /// <summary>The settings of <paramref name="edition"/>: the project file's, or the defaults.</summary>
    public EditionSettings SettingsOf(EditionKind edition) => Editions.GetValueOrDefault(edition) ?? EditionSettings.Default(edition);

    /// <summary>The path problems use for <paramref name="absolutePath"/>: the display folder joined with its path inside the project.</summary>
    public string DisplayPath(string absolutePath)
    {
        var relative = Path.GetRelativePath(Directory, absolutePath).Replace('\\', '/');
        return DisplayDirectory is "." or "./" or "" ? relative : Path.Join(DisplayDirectory, relative);
    }

    /// <summary>A location in the file at <paramref name="absolutePath"/>, named as <see cref="DisplayPath"/> names it.</summary>
    public SourceLocation Locate(string absolutePath, int? line = null, int? column = null) =>
        new(DisplayPath(absolutePath), line, column);
}
