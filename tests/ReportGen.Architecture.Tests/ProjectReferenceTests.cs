using System.Xml.Linq;

namespace ReportGen.Architecture.Tests;

/// <summary>
/// The rooms of docs/architecture.md and what each may use, read from the project files: a project reference
/// that the table below does not allow fails here, so a shortcut between rooms is a decision made in review.
/// </summary>
public sealed class ProjectReferenceTests
{
    /// <summary>Each source project and the projects it may reference directly.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        // The calculation core: base class library only.
        ["ReportGen.Core"] = [],
        // Data and definitions into the core's records; knows nothing of templates or documents.
        ["ReportGen.Ingest"] = ["ReportGen.Core"],
        // The format-neutral document model that every renderer reads: depends on nothing.
        ["ReportGen.Documents"] = [],
        // Templates, commentary and registers (read and composed) into a Document.
        ["ReportGen.Composition"] = ["ReportGen.Core", "ReportGen.Ingest", "ReportGen.Documents"],
        // One renderer per document format, each knowing only the Document.
        ["ReportGen.Rendering.Pdf"] = ["ReportGen.Documents"],
        ["ReportGen.Rendering.Docx"] = ["ReportGen.Documents"],
        ["ReportGen.Rendering.Html"] = ["ReportGen.Documents"],
        ["ReportGen.Rendering.Xlsx"] = ["ReportGen.Documents"],
        // results.json and results.csv, written from the core's results.
        ["ReportGen.Rendering.Results"] = ["ReportGen.Core"],
        // The named stages of one build, and output writing.
        ["ReportGen.Pipeline"] =
        [
            "ReportGen.Core", "ReportGen.Ingest", "ReportGen.Documents", "ReportGen.Composition",
            "ReportGen.Rendering.Pdf", "ReportGen.Rendering.Docx", "ReportGen.Rendering.Html", "ReportGen.Rendering.Xlsx", "ReportGen.Rendering.Results",
        ],
        // The command line: parses, runs the pipeline, prints.
        ["ReportGen.Cli"] = ["ReportGen.Core", "ReportGen.Pipeline"],
    };

    private static IEnumerable<string> SourceProjects() =>
        Directory.EnumerateDirectories(Path.Join(RepositoryFiles.Root, "src")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [Test]
    public void Every_source_project_is_a_room_of_the_architecture()
    {
        Assert.That(SourceProjects(), Is.EquivalentTo(Allowed.Keys), "a new project under src/ needs its row here and in docs/architecture.md");
    }

    [TestCaseSource(nameof(SourceProjects))]
    public void A_source_project_references_only_the_rooms_it_may_use(string project)
    {
        Assert.That(Allowed.TryGetValue(project, out var allowed), Is.True, $"{project} is not in the table of rooms");
        Assert.That(References("src", project), Is.SubsetOf(allowed!));
    }

    [TestCaseSource(nameof(SourceProjects))]
    public void A_test_project_references_its_own_source_project_and_none_of_another_renderer(string project)
    {
        var tests = References("tests", project + ".Tests");
        Assert.That(tests, Does.Contain(project));
        if (project.StartsWith("ReportGen.Rendering.", StringComparison.Ordinal))
        {
            Assert.That(tests.Where(r => r.StartsWith("ReportGen.Rendering.", StringComparison.Ordinal)), Is.EqualTo(new[] { project }), "a renderer's tests read its own output, not another renderer's internals");
        }
    }

    [Test]
    public void The_document_model_uses_no_package()
    {
        var file = Path.Join(RepositoryFiles.Root, "src", "ReportGen.Documents", "ReportGen.Documents.csproj");
        Assert.That(XDocument.Load(file).Descendants("PackageReference").Select(p => p.Attribute("Include")?.Value), Is.Empty);
    }

    /// <summary>The project names a project file references, by file name.</summary>
    private static List<string> References(string folder, string project)
    {
        var file = Path.Join(RepositoryFiles.Root, folder, project, project + ".csproj");
        return XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")?.Value ?? ""))
            .ToList();
    }
}
