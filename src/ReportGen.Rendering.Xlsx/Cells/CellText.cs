using System.Globalization;
using System.Text;
using System.Xml;
using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Xlsx.Cells;

/// <summary>
/// The plain text of a table cell's content: paragraphs and line breaks as new lines, list items as lines of their own
/// (numbered, or with a bullet), a link as its text with its address after it when they differ, a link inside the
/// document as its text, a page reference as the page the print layout found (or nothing when unknown). Characters XML
/// cannot hold are dropped, and the text is cut to the most a spreadsheet cell holds.
/// </summary>
/// <param name="pages">The page each anchor is on, as the print layout found it, if known.</param>
internal sealed class CellText(IReadOnlyDictionary<string, int>? pages)
{
    /// <summary>Cell text where no page reference can be resolved.</summary>
    public static CellText Plain { get; } = new(null);

    /// <summary>The most characters a cell holds in Excel.</summary>
    public const int MaxLength = 32_767;

    public string Of(IReadOnlyList<Block> content) =>
        Clean(string.Join("\n", content.Select(Of).Where(text => text.Length > 0)));

    public string Of(IEnumerable<Inline> inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            text.Append(inline switch
            {
                TextRun run => run.Text,
                Hyperlink link when link.Text == link.Url || link.Text.Length == 0 => link.Url,
                Hyperlink link => $"{link.Text} ({link.Url})",
                AnchorLink link => link.Text,
                PageReference reference when pages is not null && pages.TryGetValue(reference.Anchor, out var page) => page.ToString(CultureInfo.InvariantCulture),
                LineBreak => "\n",
                _ => string.Empty,
            });
        }

        return Clean(text.ToString());
    }

    private string Of(Block block) => block switch
    {
        Paragraph paragraph => Of(paragraph.Content),
        Heading heading => Of(heading.Content),
        ListBlock list => string.Join("\n", list.Items.Select((item, i) => (list.Ordered ? $"{i + 1}. " : "• ") + Of(item.Content))),
        Table table => string.Join("\n", table.HeaderRows.Concat(table.BodyRows).Select(row => string.Join(" | ", row.Cells.Select(c => Of(c.Content))))),
        Columns columns => string.Join("\n", columns.Items.SelectMany(c => c.Blocks).Select(Of).Where(t => t.Length > 0)),
        _ => string.Empty,
    };

    /// <summary><paramref name="text"/> without the characters XML cannot hold, trimmed, cut to a cell's length.</summary>
    public static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                clean.Append('\n');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                clean.Append(c);
            }
        }

        var result = clean.ToString().Trim();
        if (result.Length <= MaxLength)
        {
            return result;
        }

        var cut = char.IsHighSurrogate(result[MaxLength - 2]) ? MaxLength - 2 : MaxLength - 1;
        return result[..cut] + "…";
    }
}
