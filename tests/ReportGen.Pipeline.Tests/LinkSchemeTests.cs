using System.Diagnostics;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// Only http, https and mailto addresses and links inside the pack become links, in the PDF (<c>/URI</c>) and the
/// Word file (hyperlink relationships). A script link however spelt (case, entities, autolinks, spaces) stays text
/// and is warned about where it is written: the commentary file's line, or the setting's line in the project file.
/// </summary>
public sealed partial class LinkSchemeTests
{
    private static readonly string[] Hostile =
    [
        "[one](javascript:alert(1))",
        "[two](JaVaScRiPt:alert(2))",
        "[three](&#106;avascript:alert(3))",
        "<vbscript:msgbox(4)>",
        "[five](data:text/html;base64,PHNjcmlwdD4=)",
        "[six]( javascript:alert(6))",
        "[seven](< javascript:alert(7)>)",
        "[nine](javascript&#x3A;alert(9))",
        "[eight](file:///etc/passwd)",
    ];

    [Test]
    public void Script_links_in_commentary_and_settings_stay_text_in_every_format_and_are_warned_about_at_their_lines()
    {
        using var folder = new TempFolder();
        var project = Path.Combine(folder.Path, "project");
        BadInputCase.CopyFolder(Path.Combine(BadInputCase.CorpusFolder, "_baseline"), project);
        var commentary = Path.Combine(project, "commentary", "2016-17-Q3.md");
        var lines = File.ReadAllLines(commentary).ToList();
        var first = lines.Count + 1;
        lines.Add(string.Empty);
        lines.Add("See [the plan](https://www.havering.gov.uk/plan) and <mailto:team@havering.gov.uk>.");
        lines.AddRange(Hostile.Select(link => $"Also {link} here."));
        File.WriteAllLines(commentary, lines);
        var settings = Path.Combine(project, "reportgen.yaml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace(
            "committee: Crime & Disorder Sub-Committee", "committee: \"[Crime & Disorder](javascript:alert(10))\"", StringComparison.Ordinal));
        var settingsLine = Array.FindIndex(File.ReadAllLines(settings), l => l.Contains("alert(10)", StringComparison.Ordinal)) + 1;

        var (exit, _, error) = CommandLine.Run(["build", "--quarter", "Q3", "--project", project]);

        Assert.That(exit, Is.Zero, error);
        for (var i = 0; i < Hostile.Length; i++)
        {
            Assert.That(error, Does.Contain($"{commentary}:{first + 2 + i}:6: warning: the link to '"), Hostile[i]);
        }

        Assert.That(error, Does.Contain($"{settings}:{settingsLine}:").And.Contain("warning: the link to 'javascript:alert(10)' is kept as plain text"));
        Assert.That(error, Does.Not.Contain("https://www.havering.gov.uk/plan"), "an https link is no problem");

        var pdf = Path.Combine(project, "out", "cpr.pdf");
        var uris = PdfUris(pdf, folder.Path);
        Assert.That(uris, Does.Contain("https://www.havering.gov.uk/plan").And.Contain("mailto:team@havering.gov.uk"));
        Assert.That(uris, Has.All.Match("^(https?|mailto):"), "every /URI in the PDF");
        var text = OutputChecks.PdfText(pdf);
        Assert.That(text, Does.Contain("one").And.Contain("three").And.Contain("eight"), "the links' texts stay, as text");

        var docx = Path.Combine(project, "out", "cpr.docx");
        using var word = WordprocessingDocument.Open(docx, isEditable: false);
        var targets = word.MainDocumentPart!.HyperlinkRelationships.Select(r => r.Uri.OriginalString).ToList();
        Assert.That(targets, Does.Contain("https://www.havering.gov.uk/plan"));
        Assert.That(targets, Has.All.Match("^(https?|mailto):"), "every hyperlink relationship in the Word file");
        Assert.That(word.MainDocumentPart.Document!.Body!.InnerText, Does.Contain("Also one here.").And.Contain("Also seven here."));
    }

    /// <summary>Every <c>/URI</c> of the PDF, read from qpdf's expanded form.</summary>
    private static List<string> PdfUris(string pdf, string scratch)
    {
        var expanded = Path.Combine(scratch, "expanded.pdf");
        using (var qpdf = Process.Start(new ProcessStartInfo("qpdf", ["--qdf", "--object-streams=disable", pdf, expanded]) { RedirectStandardError = true })!)
        {
            qpdf.WaitForExit();
            Assert.That(qpdf.ExitCode, Is.Zero, "qpdf --qdf");
        }

        var content = File.ReadAllText(expanded, System.Text.Encoding.Latin1);
        return UriPattern().Matches(content).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex(@"/URI\s*\(((?:\\.|[^\\)])*)\)")]
    private static partial Regex UriPattern();
}
