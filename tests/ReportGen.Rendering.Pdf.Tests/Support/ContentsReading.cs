using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Rendering.Pdf.Tests.Fixtures;
using UglyToad.PdfPig;

namespace ReportGen.Rendering.Pdf.Tests.Support;

/// <summary>Reads a <see cref="ContentsReport"/> back from its PDF: the page numbers its contents prints and where each sheet's heading is.</summary>
internal static partial class ContentsReading
{
    /// <summary>Sheet number → the page number printed beside it in the contents.</summary>
    public static IReadOnlyDictionary<int, int> PrintedPages(PdfDocument pdf) =>
        pdf.GetPages()
            .SelectMany(PageText.Lines)
            .Select(line => ContentsLine().Match(line))
            .Where(m => m.Success)
            .ToDictionary(m => Number(m.Groups[1].Value), m => Number(m.Groups[2].Value));

    /// <summary>Sheet number → the page (1-based, in the file) whose text has the sheet's heading as a line of its own.</summary>
    public static IReadOnlyDictionary<int, int> HeadingPages(PdfDocument pdf, int sheets)
    {
        var found = new Dictionary<int, int>();
        foreach (var page in pdf.GetPages())
        {
            var lines = PageText.Lines(page);
            foreach (var sheet in Enumerable.Range(1, sheets).Where(k => lines.Contains(ContentsReport.Title(k))))
            {
                found.TryAdd(sheet, page.Number);
            }
        }

        return found;
    }

    static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d+)\. Sheet \1 (\d+)$")]
    private static partial Regex ContentsLine();
}
