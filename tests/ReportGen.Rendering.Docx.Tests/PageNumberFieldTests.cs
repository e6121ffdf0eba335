using ReportGen.Rendering.Docx.Layout;
using ReportGen.Rendering.Docx.Tests.Fixtures;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>The footer's page number is built from Word fields that print what the document model's text says.</summary>
public sealed class PageNumberFieldTests
{
    // The usual format from 1: the page count is the last page's number.
    [TestCase("Page {page} of {pages}", 1, "Page {PAGE} of {NUMPAGES}")]

    // An agenda continuing from 79: NUMPAGES would say 10, the last page is numbered 88; a bookmark at the end knows.
    [TestCase("Page {page} of {pages}", 79, "Page {PAGE} of {PAGEREF _LastPage}")]

    // Numbering from 0 (a cover page left unnumbered by convention) is still an offset.
    [TestCase("{page}/{pages}", 0, "{PAGE}/{PAGEREF _LastPage}")]

    // A format without the count needs no count field.
    [TestCase("p. {page}", 1, "p. {PAGE}")]

    // Literal braces that are not placeholders stay text.
    [TestCase("{section} {page}", 1, "{section} {PAGE}")]
    public void The_format_becomes_text_and_fields(string format, int firstPageNumber, string expected)
    {
        var runs = PageNumberField.Runs(format, firstPageNumber);

        Assert.That(FieldText.Of(runs), Is.EqualTo(expected));
    }

    [Test]
    public void The_cached_page_number_is_the_first_page_number_until_word_updates_it()
    {
        var cached = string.Concat(PageNumberField.Runs("{page}", 79).SelectMany(r => r.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>()).Select(t => t.Text));

        Assert.That(cached, Is.EqualTo("79"));
    }
}
