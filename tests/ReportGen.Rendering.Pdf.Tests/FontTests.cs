using System.Text.RegularExpressions;
using PdfSharp.WPFonts;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Tests.Fixtures;
using ReportGen.Rendering.Pdf.Tests.Support;
using UglyToad.PdfPig;

namespace ReportGen.Rendering.Pdf.Tests;

/// <summary>Which fonts a PDF is set in, and that every one travels inside the file.</summary>
public sealed partial class FontTests
{
    const string DejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    const string DejaVuSansBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    [Test]
    public void Pdffonts_shows_every_font_embedded_as_a_subset()
    {
        var listing = Fonts(Rendered.Bytes(HaveringReport.Document()), "fonts-default");

        Assert.That(listing, Is.Not.Empty);
        Assert.That(listing.Select(f => f.Embedded), Has.All.EqualTo("yes"));
        Assert.That(listing.Select(f => f.Subset), Has.All.EqualTo("yes"));
        Assert.That(listing.Select(f => f.Name), Has.All.Contains("+LiberationSans"), "the default fonts ship inside the renderer");
    }

    [Test]
    public void The_default_set_has_its_own_italic_and_bold_italic_faces()
    {
        var document = OneParagraph([new TextRun("upright "), new TextRun("slanted ", Italic: true), new TextRun("both", Bold: true, Italic: true)]);
        using var pdf = PdfDocument.Open(Rendered.Bytes(document));
        var letters = pdf.GetPage(1).Letters;

        Assert.That(letters.First(l => l.Value == "u").FontName, Does.EndWith("+LiberationSans"), "a subset tag and the face's PostScript name");
        Assert.That(letters.First(l => l.Value == "s").FontName, Does.EndWith("+LiberationSans-Italic"));
        Assert.That(letters.First(l => l.Value == "b").FontName, Does.EndWith("+LiberationSans-BoldItalic"));
        Assert.That(Lean(letters.First(l => l.Value == "s")), Is.EqualTo(0).Within(0.01), "a real italic face is not slanted again");
    }

    [Test]
    public void Italic_text_is_slanted_from_the_regular_face_when_the_set_has_no_italic()
    {
        var document = OneParagraph([new TextRun("upright "), new TextRun("slanted", Italic: true)]);
        var noItalic = new PdfFontSet("Segoe WP", FontDataHelper.SegoeWP, FontDataHelper.SegoeWPBold, null, null);
        using var pdf = PdfDocument.Open(Rendered.Bytes(document, noItalic));
        var letters = pdf.GetPage(1).Letters;
        var upright = letters.First(l => l.Value == "u");
        var slanted = letters.First(l => l.Value == "s");

        Assert.That(slanted.FontName, Is.EqualTo(upright.FontName), "no italic face is embedded");
        Assert.That(Lean(slanted), Is.GreaterThan(0.5), "the glyphs lean to the right");
        Assert.That(Lean(upright), Is.EqualTo(0).Within(0.01));
    }

    [Test]
    public void A_custom_font_set_registered_under_another_name_is_used()
    {
        // SegoeWPLight ships inside PDFsharp, so this runs wherever the tests do; the default set never uses it.
        var light = new PdfFontSet("ReportGen Test Light", FontDataHelper.SegoeWPLight, null, null, null);
        var listing = Fonts(Rendered.Bytes(HaveringReport.Document(), light), "fonts-light");

        Assert.That(listing.Select(f => f.Name), Has.All.Contains("Light"));
        Assert.That(listing.Select(f => f.Embedded), Has.All.EqualTo("yes"));
    }

    [Test]
    public void A_font_set_loaded_from_font_files_is_used()
    {
        // DejaVu Sans is installed on the development machines; where it is not (CI), the Segoe WP Light face
        // shipped inside PDFsharp stands in, so the test always runs.
        var (fonts, expected) = File.Exists(DejaVuSans)
            ? (new PdfFontSet("DejaVu Sans", File.ReadAllBytes(DejaVuSans), File.ReadAllBytes(DejaVuSansBold), null, null), "DejaVu")
            : (new PdfFontSet("Stand-in Light", FontDataHelper.SegoeWPLight, FontDataHelper.SegoeWPSemibold, null, null), "Segoe WP");
        var listing = Fonts(Rendered.Bytes(HaveringReport.Document(), fonts), "fonts-files");

        Assert.That(listing.Select(f => f.Name), Has.All.Contains(expected));
        Assert.That(listing.Select(f => f.Name), Has.Some.Contains("Bold").Or.Some.Contains("Semibold"), "the set's bold face is used");
        Assert.That(listing.Select(f => f.Embedded), Has.All.EqualTo("yes"));
    }

    [Test]
    public void Two_sets_that_share_a_name_but_not_their_bytes_each_keep_their_own_faces()
    {
        var regular = new PdfFontSet("Same Name", FontDataHelper.SegoeWP, null, null, null);
        var light = new PdfFontSet("Same Name", FontDataHelper.SegoeWPLight, null, null, null);

        var first = Fonts(Rendered.Bytes(HaveringReport.Document(), regular), "fonts-same-1");
        var second = Fonts(Rendered.Bytes(HaveringReport.Document(), light), "fonts-same-2");

        Assert.That(first.Select(f => f.Name), Has.None.Contains("Light"));
        Assert.That(second.Select(f => f.Name), Has.All.Contains("Light"));
    }

    [Test]
    public void Bold_text_uses_the_sets_bold_face()
    {
        using var pdf = PdfDocument.Open(Rendered.Bytes(OneParagraph([new TextRun("plain "), new TextRun("strong", Bold: true)])));
        var letters = pdf.GetPage(1).Letters;

        Assert.That(letters.First(l => l.Value == "s").FontName, Does.Contain("Bold"));
        Assert.That(letters.First(l => l.Value == "p").FontName, Does.Not.Contain("Bold"));
    }

    static double Lean(UglyToad.PdfPig.Content.Letter letter) =>
        letter.BoundingBox.TopLeft.X - letter.BoundingBox.BottomLeft.X;

    static ReportDocument OneParagraph(IReadOnlyList<Inline> content) => new(
        new DocumentInfo("Fonts", "en-GB"),
        DocumentStyle.Default,
        [new Section(Orientation.Portrait, new PageFurniture(PageNumberFormat: ""), [new Paragraph(content)])]);

    sealed record FontRow(string Name, string Embedded, string Subset);

    static List<FontRow> Fonts(byte[] pdf, string name)
    {
        var output = Tool.Output("pdffonts", Rendered.File(pdf, name));
        return [.. output.Split('\n').Skip(2).Select(l => FontLine().Match(l)).Where(m => m.Success)
            .Select(m => new FontRow(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value))];
    }

    // "ABCDEF+Liberation Sans,Bold   CID TrueType   Identity-H   yes yes yes   16  0"
    [GeneratedRegex(@"^(.+?)\s+CID TrueType\s+\S+\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$")]
    private static partial Regex FontLine();
}
