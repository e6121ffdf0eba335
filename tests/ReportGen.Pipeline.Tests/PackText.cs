using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Pipeline.Tests;

/// <summary>What a reader of a pack sees: the PDF's words page by page, and the Word file's table rows cell by cell.</summary>
internal static class PackText
{
    /// <summary>Each page's words, in the order drawn, joined by single spaces.</summary>
    public static IReadOnlyList<string> PdfPages(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return [.. pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))];
    }

    /// <summary>
    /// Each page's words in the order the page draws them (its content stream's), joined by single spaces: a column's
    /// text before the next column's, and a table cell's lines before the next cell's, as a screen reader reads them.
    /// </summary>
    public static IReadOnlyList<string> PdfPagesInDrawingOrder(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return [.. pdf.GetPages().Select(page =>
        {
            var order = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
            foreach (var (letter, i) in page.Letters.Select((letter, i) => (letter, i)))
            {
                order[letter] = i;
            }

            return string.Join(" ", page.GetWords().OrderBy(w => order[w.Letters[0]]).Select(w => w.Text));
        })];
    }

    /// <summary>Every table row of the Word file, its cells' text joined by " | " (paragraphs and line breaks in a cell by " / ").</summary>
    public static IReadOnlyList<string> WordRows(string path)
    {
        using var word = WordprocessingDocument.Open(path, isEditable: false);
        return [.. word.MainDocumentPart!.Document!.Body!.Descendants<W.TableRow>()
            .Select(row => string.Join(" | ", row.Elements<W.TableCell>()
                .Select(cell => string.Join(" / ", cell.Elements<W.Paragraph>().Select(Text))))) ];
    }

    /// <summary>A paragraph's text, a line break in it read as " / ".</summary>
    private static string Text(W.Paragraph paragraph) => string.Concat(paragraph.Descendants().Select(e => e switch
    {
        W.Text text => text.Text,
        W.Break => " / ",
        _ => string.Empty,
    }));

    /// <summary>The Word file's paragraphs outside tables, in order.</summary>
    public static IReadOnlyList<string> WordParagraphs(string path)
    {
        using var word = WordprocessingDocument.Open(path, isEditable: false);
        return [.. word.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().Select(p => p.InnerText)];
    }
}
