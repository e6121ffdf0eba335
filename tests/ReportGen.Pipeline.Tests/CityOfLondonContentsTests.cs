using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Periods;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The City of London pack's contents, as the published measures': each of the eleven areas with its assessment and the page its sheet starts
/// on, read back from the PDF and checked against the page each sheet's heading is on; each entry a link to its sheet,
/// each sheet an outline entry; the Word file's PAGEREF fields showing the same pages until Word updates them.
/// </summary>
public sealed partial class CityOfLondonContentsTests
{
    private static readonly string[] Areas =
    [
        "1. City Crime Overview", "2. Counter Terrorism 4P Overview", "3. Cyber Attack 4P Overview", "4. Fraud 4P Overview",
        "5. Vulnerable People 4P Overview", "6. Violent Crime 4P Overview", "7. Road Policing 4P Overview",
        "8. Public Order and Protective Security 4P Overview", "9. Acquisitive Crime 4P Overview", "10. Victim Satisfaction",
        "11. Customer Satisfaction Survey",
    ];

    private TempFolder _folder = null!;

    private string PdfPath => Path.Combine(_folder.Path, "out", "measures.pdf");

    [OneTimeSetUp]
    public void BuildTheSample()
    {
        _folder = new TempFolder();
        CityOfLondonSample.Build(Path.Combine(_folder.Path, "out"));
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public void The_contents_prints_for_each_area_the_page_its_sheet_heading_is_on()
    {
        using var pdf = PdfDocument.Open(PdfPath);
        var printed = Printed(pdf);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(printed.Keys, Is.EqualTo(Areas), "every area listed, in order");
            foreach (var area in Areas)
            {
                Assert.That(printed[area], Is.EqualTo(HeadingPage(pdf, area)), area);
            }

            Assert.That(printed.Values, Is.Unique.And.Ordered.And.All.GreaterThan(1));
        }
    }

    [Test]
    public void Each_contents_entry_links_to_its_sheet_and_each_sheet_is_in_the_outline()
    {
        using var pdf = PdfDocument.Open(PdfPath);
        var contents = pdf.GetPage(1);
        var targets = contents.GetAnnotations()
            .Where(a => a.Action is AbstractGoToAction)
            .Select(a => ((AbstractGoToAction)a.Action!).Destination.PageNumber)
            .Distinct();
        Assert.That(pdf.TryGetBookmarks(out var bookmarks), Is.True);
        var outline = bookmarks!.Roots.Cast<DocumentBookmarkNode>().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(targets, Is.EqualTo(Areas.Select(a => HeadingPage(pdf, a))));
            Assert.That(outline.Select(b => b.Title), Is.EqualTo(Areas.Prepend("City of London Police")));
            Assert.That(outline.Skip(1).Select(b => b.PageNumber), Is.EqualTo(Areas.Select(a => HeadingPage(pdf, a))));
        }
    }

    [Test]
    public void The_word_file_refers_to_each_sheet_by_a_PAGEREF_showing_the_PDFs_page_and_asks_to_update_fields()
    {
        using var pdf = PdfDocument.Open(PdfPath);
        using var word = WordprocessingDocument.Open(Path.Combine(_folder.Path, "out", "measures.docx"), isEditable: false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var fields = body.Descendants<W.FieldCode>().Select(c => c.Text.Trim()).Where(c => c.StartsWith("PAGEREF _Refarea", StringComparison.Ordinal)).ToList();
        var bookmarks = body.Descendants<W.BookmarkStart>().Select(b => b.Name!.Value).ToList();
        var cached = body.Descendants<W.TableCell>()
            .Where(c => c.Descendants<W.FieldCode>().Any(f => f.Text.Contains("PAGEREF _Refarea", StringComparison.Ordinal)))
            .Select(c => int.Parse(string.Concat(c.Descendants<W.Text>().Select(t => t.Text)), CultureInfo.InvariantCulture));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fields, Is.EqualTo(Enumerable.Range(1, 11).Select(n => $"PAGEREF _Refarea_{n}")));
            Assert.That(bookmarks, Is.SupersetOf(fields.Select(f => f["PAGEREF ".Length..])));
            Assert.That(cached, Is.EqualTo(Areas.Select(a => HeadingPage(pdf, a))));
            Assert.That(word.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<W.UpdateFieldsOnOpen>()?.Val?.Value, Is.True);
        }
    }

    /// <summary>Each area on the contents page and the page number printed at the end of its line.</summary>
    private static Dictionary<string, int> Printed(PdfDocument pdf) =>
        Lines(pdf.GetPage(1))
            .Select(line => (Line: line, Area: Areas.FirstOrDefault(a => line.StartsWith(a + " ", StringComparison.Ordinal)), Page: PageAtEnd().Match(line)))
            .Where(x => x.Area is not null && x.Page.Success)
            .ToDictionary(x => x.Area!, x => int.Parse(x.Page.Groups[1].Value, CultureInfo.InvariantCulture));

    /// <summary>The first page after the contents with <paramref name="area"/> as a line of its own: the sheet's heading.</summary>
    private static int HeadingPage(PdfDocument pdf, string area) =>
        pdf.GetPages().Skip(1).First(page => Lines(page).Contains(area)).Number;

    private static IReadOnlyList<string> Lines(Page page) =>
        [.. page.GetWords()
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))];

    [GeneratedRegex(@" (\d+)$")]
    private static partial Regex PageAtEnd();
}
