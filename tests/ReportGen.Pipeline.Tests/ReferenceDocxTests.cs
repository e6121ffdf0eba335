using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Periods;
using UglyToad.PdfPig;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// <c>--reference-docx</c> and <c>reference_docx:</c>: a council's own Word document in other fonts and colours,
/// with a logo in its header, changes the pack: the Word file's fonts, heading colour and size and every header's
/// logo, and the PDF's heading colour; a file that is not a Word document is one line naming it, nothing written.
/// </summary>
public sealed class ReferenceDocxTests
{
    [Test]
    public void A_reference_document_s_fonts_colours_and_logo_reach_the_word_file_and_its_colours_the_pdf()
    {
        using var folder = new TempFolder();
        var reference = Path.Combine(folder.Path, "house-style.docx");
        WriteReference(reference);
        var output = Path.Combine(folder.Path, "out");

        var outcome = Build(output, reference);
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        Assert.That(File.ReadAllText(Path.Combine(output, "manifest.json")), Does.Contain("house-style.docx").And.Contain("\"reference document\""), "an input in the manifest");

        using (var word = WordprocessingDocument.Open(Path.Combine(output, "crime-disorder-cpr.docx"), isEditable: false))
        {
            var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            var heading1 = styles.Elements<W.Style>().Single(s => s.StyleId?.Value == "Heading1");
            Assert.Multiple(() =>
            {
                Assert.That(styles.Descendants<W.RunFonts>().Select(f => f.Ascii?.Value).Where(f => f is not null).Distinct(), Is.EqualTo(new[] { "Georgia" }), "every font is the reference's");
                Assert.That(heading1.StyleRunProperties!.Color!.Val!.Value, Is.EqualTo("8B0000"));
                Assert.That(heading1.StyleRunProperties!.FontSize!.Val!.Value, Is.EqualTo("40"), "20 pt");
            });

            var main = word.MainDocumentPart;
            foreach (var id in main.Document!.Descendants<W.HeaderReference>().Select(h => h.Id!.Value!))
            {
                var header = (HeaderPart)main.GetPartById(id);
                var blip = header.Header!.Descendants<A.Blip>().Single();
                var image = (ImagePart)header.GetPartById(blip.Embed!.Value!);
                using var data = image.GetStream();
                using var copy = new MemoryStream();
                data.CopyTo(copy);
                Assert.That(copy.ToArray(), Is.EqualTo(ReferenceLogo.Png), $"header {id} starts with the council's logo");
                Assert.That(header.Header.Descendants<DW.DocProperties>().Single().Description!.Value, Is.EqualTo("Borough logo"));
            }

            OutputChecks.WordText(Path.Combine(output, "crime-disorder-cpr.docx"));
        }

        using var pdf = PdfDocument.Open(Path.Combine(output, "crime-disorder-cpr.pdf"));
        var heading = pdf.GetPage(1).Letters.Where(l => l.PointSize > 19.5 && l.PointSize < 20.5).ToList();
        Assert.That(heading, Is.Not.Empty, "the level 1 heading at the reference's 20 pt");
        Assert.That(heading.Select(l => l.Color.ToRGBValues()).Distinct().Single(), Is.EqualTo((0x8B / 255.0, 0.0, 0.0)).Using<(double, double, double)>((a, b) => Math.Abs(a.Item1 - b.Item1) < 0.01 && a.Item2 < 0.01 && a.Item3 < 0.01));
    }

    [Test]
    public void Without_a_reference_the_pack_keeps_its_own_style()
    {
        using var folder = new TempFolder();
        var outcome = Build(folder.Path, null);
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built));
        using var word = WordprocessingDocument.Open(Path.Combine(folder.Path, "crime-disorder-cpr.docx"), isEditable: false);
        Assert.That(word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Descendants<W.RunFonts>().Select(f => f.Ascii?.Value), Has.None.EqualTo("Georgia"));
        Assert.That(word.MainDocumentPart.HeaderParts.SelectMany(h => h.ImageParts), Is.Empty);
    }

    [TestCase("text")]
    [TestCase("zip")]
    [TestCase("spreadsheet")]
    public void A_file_that_is_not_a_word_document_is_one_error_naming_it(string kind)
    {
        using var folder = new TempFolder();
        var reference = Path.Combine(folder.Path, "style.docx");
        switch (kind)
        {
            case "text":
                File.WriteAllText(reference, "not a zip at all");
                break;
            case "zip":
                using (var zip = System.IO.Compression.ZipFile.Open(reference, System.IO.Compression.ZipArchiveMode.Create))
                {
                    using var entry = new StreamWriter(zip.CreateEntry("hello.txt").Open());
                    entry.Write("a zip, but no Word document in it");
                }

                break;
            default:
                using (var book = SpreadsheetDocument.Create(reference, SpreadsheetDocumentType.Workbook))
                {
                    book.AddWorkbookPart().Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
                }

                break;
        }

        var output = Path.Combine(folder.Path, "out");

        var outcome = Build(output, reference);

        Assert.That(outcome.Status, Is.Not.EqualTo(BuildStatus.Built));
        Assert.That(outcome.Problems.Select(p => p.ToString()), Has.One.StartsWith(reference + ": the reference document: it is not a Word document"));
        Assert.That(Directory.Exists(output) ? Directory.EnumerateFileSystemEntries(output) : [], Is.Empty, "nothing written");
    }

    [Test]
    public void A_missing_reference_document_is_one_error_naming_it()
    {
        using var folder = new TempFolder();
        var outcome = Build(Path.Combine(folder.Path, "out"), Path.Combine(folder.Path, "nowhere.docx"));
        Assert.That(outcome.Problems.Select(p => p.ToString()), Has.One.Contains("nowhere.docx: the reference document cannot be read"));
    }

    private static BuildOutcome Build(string output, string? reference) => ReportBuilder.Build(new BuildRequest
    {
        ProjectDirectory = Repository.Sample("havering"),
        Period = PeriodRequest.ForQuarter(3, YearLabel.Parse("2016/17")),
        OutputDirectory = output,
        Formats = new HashSet<string> { "pdf", "docx" },
        ReferenceDocx = reference,
    });

    private static void WriteReference(string path)
    {
        using var word = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = new W.Styles(
            new W.DocDefaults(new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(new W.RunFonts { Ascii = "Georgia", HighAnsi = "Georgia" }))),
            new W.Style(new W.StyleName { Val = "Normal" }, new W.StyleRunProperties(new W.RunFonts { Ascii = "Georgia", HighAnsi = "Georgia" })) { Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new W.Style(new W.StyleName { Val = "heading 1" }, new W.StyleRunProperties(new W.Color { Val = "8B0000" }, new W.FontSize { Val = "40" })) { Type = W.StyleValues.Paragraph, StyleId = "Heading1" });
        var header = main.AddNewPart<HeaderPart>("rIdHeader");
        var image = header.AddImagePart(ImagePartType.Png, "rIdImage");
        using (var png = new MemoryStream(ReferenceLogo.Png))
        {
            image.FeedData(png);
        }

        header.Header = new W.Header(new W.Paragraph(new W.Run(ReferenceLogo.Drawing(new A.Blip { Embed = "rIdImage" }))));
        main.Document = new W.Document(new W.Body(
            new W.Paragraph(new W.Run(new W.Text("Council template"))),
            new W.SectionProperties(new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = "rIdHeader" })));
    }
}
