using ReportGen.Rendering.Pdf.Tests.Fixtures;
using ReportGen.Rendering.Pdf.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportGen.Rendering.Pdf.Tests;

/// <summary>
/// A protective marking is printed at the top and foot of every page, and read out once: the first page's top
/// marking is tagged text at the start of the structure, every other copy an artifact that a screen reader skips.
/// </summary>
public sealed class MarkingTests
{
    private const string Marking = "OFFICIAL-SENSITIVE";

    [Test]
    public void The_marking_is_on_every_page_and_in_the_structure_once()
    {
        var document = HaveringReport.Document();
        document = document with { Sections = [.. document.Sections.Select(s => s with { Furniture = s.Furniture with { Marking = Marking } })] };
        using var pdf = PdfDocument.Open(Rendered.Bytes(document));

        foreach (var page in pdf.GetPages())
        {
            var text = string.Concat(page.Letters.Select(l => l.Value));
            Assert.That(text.Split(Marking).Length - 1, Is.EqualTo(2), $"top and foot of page {page.Number}");
        }

        var tagged = pdf.GetPages()
            .SelectMany(page => Flatten(page.GetMarkedContents()).Where(e => !e.IsArtifact).Select(e => (page.Number, e.Tag, Text: string.Concat(e.Letters.Select(l => l.Value)))))
            .Where(e => e.Text.Contains(Marking, StringComparison.Ordinal))
            .ToList();
        Assert.That(tagged, Is.EqualTo(new[] { (1, "P", Marking) }), "read out once, on the first page, as a paragraph of its own");

        var root = StructureTree.Read(pdf).Children.Single();
        Assert.That(root.Children.First().Type, Is.EqualTo("P"), "the marking comes before the first section");
    }

    private static IEnumerable<MarkedContentElement> Flatten(IEnumerable<MarkedContentElement> elements) =>
        elements.SelectMany(e => Flatten(e.Children).Prepend(e));
}
