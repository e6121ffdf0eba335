using System.Text.RegularExpressions;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using ReportGen.Tests.Shared;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>
/// Another word processor lays the document out: LibreOffice converts it to PDF, and poppler reads the pages back.
/// The converted files stay under the test's work directory (docx-check/) for a person to look at.
/// </summary>
[NonParallelizable]
public sealed partial class LibreOfficeConversionTests
{
    private string _directory = null!;

    [OneTimeSetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(TestContext.CurrentContext.WorkDirectory, "docx-check", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [Test]
    public void The_pack_lays_out_over_several_pages_with_its_text_figures_and_page_numbers()
    {
        var pdf = Convert(HaveringReport.Create(), "havering.docx");
        var pages = PageTexts(pdf);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages, Has.Count.GreaterThan(2), "the appendix table runs over pages");
            Assert.That(pages[0], Does.Contain("Corporate Performance Report: Quarter 3 (2016/17)"));
            Assert.That(pages[0], Does.Contain("Sarah Homer (Interim Chief Operating Officer)"));
            Assert.That(string.Concat(pages), Does.Contain("13,143"));
            Assert.That(string.Concat(pages), Does.Contain("28.8%"));
            Assert.That(pages[1], Does.Contain($"Page 2 of {pages.Count}"));
            Assert.That(pages[^1], Does.Contain($"Page {pages.Count} of {pages.Count}"));
        }
    }

    [Test]
    public void The_appendix_pages_are_landscape_and_repeat_the_table_header()
    {
        var pdf = Convert(HaveringReport.Create(), "orientation.docx");
        var info = ExternalTool.Run("pdfinfo", ["-f", "1", "-l", "99", pdf], TimeSpan.FromMinutes(1));
        var sizes = PageSize().Matches(info).Select(m => (Width: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Height: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var pages = PageTexts(pdf);
        var appendixPages = pages.Select((text, index) => (text, index)).Where(p => p.text.Contains("Appendix 1: Corporate Performance Report", StringComparison.Ordinal)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sizes[0].Width, Is.LessThan(sizes[0].Height), "the cover is portrait");
            Assert.That(appendixPages, Has.Count.GreaterThan(1));
            foreach (var (text, index) in appendixPages)
            {
                Assert.That(sizes[index].Width, Is.GreaterThan(sizes[index].Height), $"page {index + 1} is landscape");
                Assert.That(text, Does.Contain("Commentary"), $"page {index + 1} repeats the header row");
            }
        }
    }

    [Test]
    public void Numbering_from_79_prints_the_same_page_numbers_as_the_document_model()
    {
        var document = HaveringReport.Create(firstPageNumber: 79);
        var pdf = Convert(document, "numbered-from-79.docx");
        var pages = PageTexts(pdf);

        using (Assert.EnterMultipleScope())
        {
            for (var position = 1; position <= pages.Count; position++)
            {
                var expected = document.PageNumberText(document.Sections[0].Furniture, position, pages.Count);
                Assert.That(pages[position - 1], Does.Contain(expected), $"page {position}");
            }
        }
    }

    [Test]
    public void Charts_are_drawn_with_their_titles_labels_and_legends()
    {
        var pdf = Convert(ChartReport.Document(), "charts.docx");
        var text = string.Concat(PageTexts(pdf));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain("Total notifiable offences by month, 2016/17 and 2015/16"));
            Assert.That(text, Does.Contain("1,500"), "the value axis's own number format");
            Assert.That(text, Does.Contain("Upper limit 570"), "a reference line's label at its end");
            Assert.That(text, Does.Contain("Special cause: concern"), "the legend");
            Assert.That(text, Does.Contain("Indicators by RAG rating, Q3 2016/17"));
        }
    }

    private string Convert(Documents.Model.ReportDocument document, string name)
    {
        var docx = Path.Combine(_directory, name);
        File.WriteAllBytes(docx, RenderedDocx.Render(document));
        TestContext.Out.WriteLine($"Converted {docx}");
        return ExternalTool.ConvertToPdf(docx);
    }

    /// <summary>The text of each page; pdftotext separates pages with form feeds.</summary>
    private static List<string> PageTexts(string pdf)
    {
        var text = ExternalTool.Run("pdftotext", ["-layout", pdf, "-"], TimeSpan.FromMinutes(1));
        return [.. text.Split('\f').SkipLast(1)];
    }

    [GeneratedRegex(@"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSize();
}
