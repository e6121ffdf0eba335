using System.Text.RegularExpressions;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Tests.Fixtures;
using ReportGen.Rendering.Pdf.Tests.Support;
using UglyToad.PdfPig;

namespace ReportGen.Rendering.Pdf.Tests;

/// <summary>
/// Text read from the page in the order it is drawn (as assistive technology reads it through the tags, and as
/// copy and paste gives it) keeps the words of a wrapped line apart: each line that wraps at a space ends with it.
/// </summary>
public sealed partial class WrappedTextTests
{
    [Test]
    public void Every_paragraph_reads_back_with_its_words_apart_however_it_wraps()
    {
        var document = HaveringReport.Document();
        using var pdf = PdfDocument.Open(Rendered.Bytes(document));
        var drawn = Collapse(string.Concat(pdf.GetPages().SelectMany(page => page.Letters).Select(letter => letter.Value)));
        var paragraphs = document.Sections.SelectMany(s => s.Blocks).OfType<Paragraph>()
            .Where(p => p.Content.All(i => i is TextRun))
            .Select(p => Collapse(string.Concat(p.Content.Cast<TextRun>().Select(r => r.Text))))
            .Where(text => text.Length > 120) // long enough to wrap on a page
            .ToList();

        Assert.That(paragraphs, Is.Not.Empty, "the fixture has paragraphs that wrap");
        Assert.That(paragraphs.Where(p => !drawn.Contains(p, StringComparison.Ordinal)), Is.Empty);
    }

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
