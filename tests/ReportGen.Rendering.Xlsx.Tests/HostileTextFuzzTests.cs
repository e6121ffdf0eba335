using ReportGen.Documents.Model;
using ReportGen.Rendering.Xlsx.Tests.Fixtures;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using CellValues = DocumentFormat.OpenXml.Spreadsheet.CellValues;

namespace ReportGen.Rendering.Xlsx.Tests;

/// <summary>
/// Seeded random hostile text (formula starts, control characters that XML cannot hold, lone surrogates, markup,
/// very long cells) in every place a workbook shows text: the workbook is always written and opens, holds no
/// formula, and every text that starts like a formula is marked to stay text.
/// </summary>
public sealed class HostileTextFuzzTests
{
    private static readonly string[] Pieces =
    [
        "=", "+", "-", "@", "\t", "\r", "\n", "=HYPERLINK(\"http://evil.example\",\"x\")", "=cmd|' /C calc'!A0", "+1+1", "-2", "@SUM(A1)",
        "\0", "\u0001", "\u0008", "\u000b", "\u001f", "\u007f", "\uFFFE", "\uFFFF", "\uD800", "\uDC00", "\U0001F600", "<script>", "]]>",
        "&amp;", "'", "\"", "Havering", " ", "1,234", "12.5%", "[c]",
    ];

    private static string Hostile(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pieces[random.Next(Pieces.Length)])) + (random.Next(10) == 0 ? new string('x', 40_000) : "");

    [Test]
    public void Hostile_text_anywhere_gives_a_workbook_that_opens_with_no_formula()
    {
        var random = new Random(20170117);
        for (var i = 0; i < 60; i++)
        {
            var texts = Enumerable.Range(0, 8).Select(_ => Hostile(random)).ToList();
            var document = new ReportDocument(
                new DocumentInfo(texts[0], "en-GB", texts[1]),
                DocumentStyle.Default,
                [new Section(Orientation.Portrait, new PageFurniture(HeaderText: texts[2], Marking: texts[3]), [
                    Heading.Of(1, texts[4]),
                    new Table(texts[5], [new TableColumn(1), new TableColumn(1)], [new TableRow([TableCell.Of(texts[6]) with { IsHeader = true }, TableCell.Of("Value") with { IsHeader = true }])], [new TableRow([TableCell.Of(texts[7]), TableCell.Of(texts[0])])]),
                ])]);
            var replay = $"try {i}: {string.Join(" | ", texts.Select(t => string.Concat(t.Take(80).Select(c => c < ' ' || c >= '\uD800' ? $"\\u{(int)c:x4}" : c.ToString()))))}";

            using var workbook = RenderedWorkbook.Of(document);

            var cells = workbook.SheetNames.Select(workbook.Sheet).SelectMany(s => s.Worksheet!.Descendants<Cell>()).ToList();
            Assert.That(cells.Where(c => c.CellFormula is not null), Is.Empty, replay);
            foreach (var cell in cells.Where(c => c.DataType?.Value == CellValues.SharedString))
            {
                var text = workbook.Text(cell);
                if (text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@')
                {
                    Assert.That(workbook.Style(cell).QuotePrefix?.Value, Is.True, $"'{text[..Math.Min(40, text.Length)]}' stays text; {replay}");
                }
            }
        }
    }
}
