using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Periods;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// <c>--draft</c> and the project file's <c>draft: true</c>: DRAFT across every page of the PDF (an artifact, under
/// the content) and of the Word file (a watermark in every section's header); nothing without them.
/// </summary>
public sealed class DraftMarkTests
{
    [Test]
    public void Draft_marks_every_pdf_page_as_an_artifact_and_every_word_header()
    {
        using var folder = new TempFolder();
        Build(Repository.Sample("havering"), folder.Path, draft: true);

        using (var pdf = PdfDocument.Open(Path.Combine(folder.Path, "crime-disorder-cpr.pdf")))
        {
            foreach (var page in pdf.GetPages())
            {
                Assert.That(new string([.. WatermarkLetters(page.Letters)]), Is.EqualTo("DRAFT"), $"page {page.Number}");
                var artifacts = Flatten(page.GetMarkedContents()).Where(m => m.IsArtifact).SelectMany(m => m.Letters).ToHashSet();
                Assert.That(page.Letters.Where(l => l.PointSize > 40).All(artifacts.Contains), Is.True, $"page {page.Number}: the mark is an artifact");
            }
        }

        var word = Path.Combine(folder.Path, "crime-disorder-cpr.docx");
        OutputChecks.WordText(word); // valid Open XML
        using var document = WordprocessingDocument.Open(word, isEditable: false);
        var main = document.MainDocumentPart!;
        var headerIds = main.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.HeaderReference>().Select(h => h.Id!.Value!).ToList();
        Assert.That(headerIds, Is.Not.Empty);
        foreach (var id in headerIds)
        {
            var header = (HeaderPart)main.GetPartById(id);
            Assert.That(header.Header!.OuterXml, Does.Contain("string=\"DRAFT\""), $"header {id} has the watermark");
        }

        Assert.That(main.Document.Body!.InnerText, Does.Not.Contain("DRAFT"), "the mark is not in the body's text");
    }

    [Test]
    public void Without_draft_nothing_is_marked()
    {
        using var folder = new TempFolder();
        Build(Repository.Sample("havering"), folder.Path, draft: false);
        using var pdf = PdfDocument.Open(Path.Combine(folder.Path, "crime-disorder-cpr.pdf"));
        Assert.That(pdf.GetPages().SelectMany(p => WatermarkLetters(p.Letters)), Is.Empty);
        using var document = WordprocessingDocument.Open(Path.Combine(folder.Path, "crime-disorder-cpr.docx"), isEditable: false);
        Assert.That(document.MainDocumentPart!.HeaderParts.Select(h => h.Header!.OuterXml), Has.None.Contains("textpath"));
    }

    [Test]
    public void The_project_file_can_ask_for_draft_and_a_wrong_value_is_one_line_at_its_place()
    {
        using var project = new TempFolder();
        CopyDirectory(Repository.Sample("havering"), project.Path);
        var file = Path.Combine(project.Path, "reportgen.yaml");
        var original = File.ReadAllText(file);

        File.WriteAllText(file, original + "\ndraft: true\n");
        using (var output = new TempFolder())
        {
            Build(project.Path, output.Path, draft: false);
            using var pdf = PdfDocument.Open(Path.Combine(output.Path, "crime-disorder-cpr.pdf"));
            Assert.That(new string([.. WatermarkLetters(pdf.GetPage(1).Letters)]), Is.EqualTo("DRAFT"));
        }

        File.WriteAllText(file, original + "\ndraft: perhaps\n");
        using (var output = new TempFolder())
        {
            var outcome = ReportBuilder.Build(Request(project.Path, output.Path, draft: false));
            Assert.That(outcome.Status, Is.Not.EqualTo(BuildStatus.Built));
            var line = original.Split('\n').Length + 1;
            Assert.That(outcome.Problems.Select(p => p.ToString()), Has.Some.Contains($"reportgen.yaml:{line}:").And.Some.Contains("'draft'"));
            Assert.That(Directory.EnumerateFiles(output.Path), Is.Empty, "nothing written");
        }
    }

    private static IEnumerable<char> WatermarkLetters(IEnumerable<Letter> letters) =>
        letters.Where(l => l.PointSize > 40).Select(l => l.Value[0]);

    private static IEnumerable<MarkedContentElement> Flatten(IEnumerable<MarkedContentElement> elements) =>
        elements.SelectMany(e => Flatten(e.Children).Prepend(e));

    private static void Build(string project, string output, bool draft)
    {
        var outcome = ReportBuilder.Build(Request(project, output, draft));
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
    }

    private static BuildRequest Request(string project, string output, bool draft) => new()
    {
        ProjectDirectory = project,
        Period = PeriodRequest.ForQuarter(3, YearLabel.Parse("2016/17")),
        OutputDirectory = output,
        Formats = new HashSet<string> { "pdf", "docx" },
        Draft = draft,
    };

    private static void CopyDirectory(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var path in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(path, Path.Combine(to, Path.GetRelativePath(from, path)));
        }
    }
}
