using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Rendering.Docx.Content;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Layout;

/// <summary>
/// The page number in Word fields, printing what <see cref="Documents.Model.ReportDocument.PageNumberText"/> gives:
/// <c>{page}</c> is a PAGE field (numbering starts at the first page number), and <c>{pages}</c> is NUMPAGES, the
/// page count, when numbering starts at 1. Otherwise the page count is not the last page's number, and
/// <c>{pages}</c> is <c>{ PAGEREF _LastPage }</c>, the number printed on the page holding a bookmark at the
/// document's end. (A formula, <c>{ = { NUMPAGES } + 78 }</c>, gives the same in Word, but LibreOffice prints
/// the inner field and the outer result side by side: "Page 79 of 1079".)
/// </summary>
internal static partial class PageNumberField
{
    /// <summary>A hidden bookmark (the leading underscore hides it in Word) on the document's last paragraph.</summary>
    public const string LastPageBookmark = "_LastPage";

    public static IEnumerable<W.Run> Runs(string format, int firstPageNumber)
    {
        var first = firstPageNumber.ToString(CultureInfo.InvariantCulture);
        foreach (var part in Placeholder().Split(format))
        {
            switch (part)
            {
                case "":
                    break;
                case "{page}":
                    foreach (var run in Field("PAGE", first))
                    {
                        yield return run;
                    }

                    break;
                case "{pages}":
                    foreach (var run in LastPage(firstPageNumber))
                    {
                        yield return run;
                    }

                    break;
                default:
                    yield return InlineWriter.Run(part);
                    break;
            }
        }
    }

    private static W.Run[] LastPage(int firstPageNumber) => firstPageNumber == 1
        ? Field("NUMPAGES", "1")
        : Field("PAGEREF " + LastPageBookmark, firstPageNumber.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// <c>{ PAGEREF bookmark }</c>: the number of the page <paramref name="bookmark"/> is on, showing
    /// <paramref name="expected"/> until Word lays the pages out. The field is marked dirty, so Word updates it when
    /// the document is opened (and before printing); LibreOffice computes it as it lays the pages out.
    /// </summary>
    public static W.Run[] PageReference(string bookmark, string expected, W.RunProperties? properties)
    {
        var runs = Field("PAGEREF " + bookmark, expected, dirty: true);
        if (properties is not null)
        {
            foreach (var run in runs)
            {
                run.PrependChild((W.RunProperties)properties.CloneNode(true));
            }
        }

        return runs;
    }

    /// <summary>A complex field: its code, then a cached result Word replaces when it lays out the page.</summary>
    private static W.Run[] Field(string code, string cached, bool dirty = false) =>
    [
        Char(W.FieldCharValues.Begin, dirty),
        Instruction(" " + code + " "),
        Char(W.FieldCharValues.Separate),
        InlineWriter.Run(cached),
        Char(W.FieldCharValues.End),
    ];

    private static W.Run Char(W.FieldCharValues type, bool dirty = false) =>
        new(new W.FieldChar { FieldCharType = type, Dirty = dirty ? true : null });

    private static W.Run Instruction(string code) =>
        new(new W.FieldCode(code) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });

    [GeneratedRegex(@"(\{pages\}|\{page\})", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
