using ReportGen.Core.Periods;
using UglyToad.PdfPig;

namespace ReportGen.Pipeline.Tests;

/// <summary>The project file can name the PDF's fonts; without it the fonts inside PDFsharp's package are used.</summary>
public sealed class ProjectFontsTests
{
    private static IReadOnlySet<string> FontsOf(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? string.Empty).ToHashSet();
    }

    [Test]
    public void Fonts_named_in_the_project_file_are_embedded_instead_of_the_default()
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("havering");
        Directory.CreateDirectory(Path.Combine(project, "fonts"));
        // Any TrueType font will do; the light face that ships in PDFsharp's package is one every machine has.
        File.WriteAllBytes(Path.Combine(project, "fonts", "Light.ttf"), PdfSharp.WPFonts.FontDataHelper.SegoeWPLight);
        var file = Path.Combine(project, "reportgen.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("output: out/", "output: out/\nfonts:\n  regular: fonts/Light.ttf", StringComparison.Ordinal));

        var withFonts = ReportBuilder.Build(new BuildRequest { ProjectDirectory = project, Period = PeriodRequest.ForQuarter(3), Formats = new HashSet<string> { "pdf" } });
        var fonts = FontsOf(Path.Combine(project, "out", "crime-disorder-cpr.pdf"));
        var defaults = ReportBuilder.Build(new BuildRequest { ProjectDirectory = project, Period = PeriodRequest.ForQuarter(3), OutputDirectory = Path.Combine(folder.Path, "default"), Formats = new HashSet<string> { "pdf" } });

        Assert.That(withFonts.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", withFonts.Problems));
        Assert.That(fonts, Has.Some.Contain("Light"), string.Join(", ", fonts));
        Assert.That(defaults.Status, Is.EqualTo(BuildStatus.Built));
    }

    [Test]
    public void A_missing_font_file_is_an_error_at_its_line()
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("havering");
        var file = Path.Combine(project, "reportgen.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("output: out/", "output: out/\nfonts:\n  regular: fonts/Missing.ttf", StringComparison.Ordinal));

        var outcome = ReportBuilder.Build(new BuildRequest { ProjectDirectory = project, Period = PeriodRequest.ForQuarter(3) });

        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Failed));
        Assert.That(outcome.Problems.Select(p => p.ToString()), Has.Some.Match(@"reportgen\.yaml:\d+:\d+: .*fonts/Missing\.ttf"));
    }

    [TestCase("truncated")]
    [TestCase("text")]
    public void A_font_file_that_cannot_be_embedded_is_an_error_naming_it_and_nothing_is_written(string damage)
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("havering");
        Directory.CreateDirectory(Path.Combine(project, "fonts"));
        var font = PdfSharp.WPFonts.FontDataHelper.SegoeWPLight;
        File.WriteAllBytes(Path.Combine(project, "fonts", "Bad.ttf"), damage == "truncated" ? font[..3000] : "not a font"u8.ToArray());
        var file = Path.Combine(project, "reportgen.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("output: out/", "output: out/\nfonts:\n  regular: fonts/Bad.ttf", StringComparison.Ordinal));

        var outcome = ReportBuilder.Build(new BuildRequest { ProjectDirectory = project, Period = PeriodRequest.ForQuarter(3) });

        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Failed));
        Assert.That(outcome.Problems.Select(p => p.ToString()), Has.Some.Match(@"fonts/Bad\.ttf: .*cannot be embedded in a PDF: \S"));
        Assert.That(Directory.Exists(Path.Combine(project, "out")), Is.False, "no output is written");
    }
}
