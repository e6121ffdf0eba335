using ReportGen.Documents.Model;
using ReportGen.Rendering.Xlsx.Cells;

namespace ReportGen.Rendering.Xlsx.Layout;

/// <summary>
/// A document table as a spreadsheet table: one header row of unique column names, then one row per body row, with
/// nothing merged. A cell spanning columns gives its text to the first of them; header rows are read down each column
/// and joined (<c>2014/15 Q1</c>); a repeated name gets its position (<c>Rating</c>, <c>Rating (2)</c>); a group
/// heading row (a corporate goal) becomes a first column, <c>Group</c>, beside each row of the group; a form (labels and
/// values) has the columns its template names (<see cref="Table.FormHeadings"/>), else <c>Item</c> and <c>Detail</c>. A column whose cells print a figure with more lines under it
/// (<c>13,143</c> over <c>last year 12,573</c>) becomes two: the figure, as a number, and the lines under it, in a
/// column named <c>… (detail)</c>.
/// </summary>
/// <param name="ColumnNames">The header row: unique, non-empty, on one line each.</param>
/// <param name="Rows">The data rows, each as wide as the header; <see langword="null"/> for an empty cell.</param>
/// <param name="Widths">Each column's width relative to the others.</param>
internal sealed record TidyTable(IReadOnlyList<string> ColumnNames, IReadOnlyList<IReadOnlyList<SheetCell?>> Rows, IReadOnlyList<double> Widths)
{
    /// <summary>The column that a group heading row becomes.</summary>
    public const string GroupColumn = "Group";

    /// <summary>What the name of the column of the lines under a figure ends with.</summary>
    public const string DetailSuffix = " (detail)";

    public static TidyTable From(Table table, CellText text)
    {
        var count = table.Columns.Count;
        var names = table.Kind == TableKind.Form && table.HeaderRows.Count == 0
            ? Enumerable.Range(0, count).Select(i => FormHeading(table, i)).ToList()
            : HeaderNames(table, count, text);
        var widths = table.Columns.Select(c => c.Width).ToList();
        var grouped = table.BodyRows.Any(r => r.IsGroupHeading);
        string? group = null;
        var texts = new List<List<Written?>>();
        foreach (var row in table.BodyRows)
        {
            if (row.IsGroupHeading)
            {
                group = text.Of(row.Cells.SelectMany(c => c.Content).ToList());
                continue;
            }

            var cells = Spread(row, count).Select(cell => cell is null ? null : new Written(text.Of(cell.Content), cell.IsHeader)).ToList();
            if (grouped)
            {
                cells.Insert(0, group is null ? null : new Written(group, true));
            }

            texts.Add(cells);
        }

        if (grouped)
        {
            names.Insert(0, GroupColumn);
            widths.Insert(0, widths.Count == 0 ? 1 : widths.Max());
        }

        return Split(names, widths, texts);
    }

    // Each column whose cells put a figure over more lines is split in two: the figure, then the lines under it.
    private static TidyTable Split(List<string> names, List<double> widths, List<List<Written?>> texts)
    {
        var splits = Enumerable.Range(0, names.Count)
            .Select(c => texts.Any(row => row[c] is { IsLabel: false } w && FirstLine(w.Text) is var (first, rest) && rest.Length > 0 && FigureParser.TryParse(first) is not null))
            .ToList();
        var outNames = new List<string>();
        var outWidths = new List<double>();
        for (var c = 0; c < names.Count; c++)
        {
            outNames.Add(names[c]);
            outWidths.Add(widths[c]);
            if (splits[c])
            {
                outNames.Add(names[c] + DetailSuffix);
                outWidths.Add(widths[c]);
            }
        }

        var rows = texts.Select(row =>
        {
            var cells = new List<SheetCell?>();
            for (var c = 0; c < row.Count; c++)
            {
                if (splits[c])
                {
                    var (first, rest) = row[c] is { } w ? FirstLine(w.Text) : (string.Empty, string.Empty);
                    cells.Add(Value(first, false));
                    cells.Add(rest.Length > 0 ? new TextCell(rest) : null);
                }
                else
                {
                    cells.Add(row[c] is { } w ? Value(w.Text, w.IsLabel) : null);
                }
            }

            return (IReadOnlyList<SheetCell?>)cells;
        }).ToList();

        return new TidyTable(Unique(outNames), rows, outWidths);
    }

    private static (string First, string Under) FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? (text, string.Empty) : (text[..end], text[(end + 1)..]);
    }

    // A form's column names: the template's (FormHeadings), else Item and Detail.
    private static string FormHeading(Table table, int column) =>
        table.FormHeadings is { } headings && column < headings.Count && CellText.Clean(headings[column]) is { Length: > 0 } heading
            ? OneLine(heading)
            : column switch { 0 => "Item", 1 => "Detail", _ => $"Column {column + 1}" };

    // The value of a body cell: a figure as a number, anything else as text (a label always); nothing for no text.
    private static SheetCell? Value(string text, bool label) =>
        text.Length == 0 ? null
        : label || text.Contains('\n', StringComparison.Ordinal) ? new TextCell(text)
        : FigureParser.Parse(text);

    // The header rows, read down each column: the texts of the cells over it, joined with a space.
    private static List<string> HeaderNames(Table table, int count, CellText text)
    {
        var parts = Enumerable.Range(0, count).Select(_ => new List<string>()).ToList();
        foreach (var row in table.HeaderRows)
        {
            var column = 0;
            foreach (var cell in row.Cells)
            {
                var words = OneLine(text.Of(cell.Content));
                for (var i = 0; i < Math.Max(1, cell.ColumnSpan) && column < count; i++, column++)
                {
                    if (words.Length > 0)
                    {
                        parts[column].Add(words);
                    }
                }
            }
        }

        return [.. parts.Select((p, i) => p.Count > 0 ? string.Join(" ", p) : $"Column {i + 1}")];
    }

    // The cells of a row, one per column: a spanning cell first, then nothing for the columns it covers.
    private static IEnumerable<TableCell?> Spread(TableRow row, int count)
    {
        var column = 0;
        foreach (var cell in row.Cells)
        {
            for (var i = 0; i < Math.Max(1, cell.ColumnSpan) && column < count; i++, column++)
            {
                yield return i == 0 ? cell : null;
            }
        }

        for (; column < count; column++)
        {
            yield return null;
        }
    }

    private static string OneLine(string text) => string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    // Excel needs each column of a table named once (ignoring case): a repeated name gets its position.
    private static List<string> Unique(List<string> names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var unique = new List<string>();
        foreach (var name in names)
        {
            var candidate = name.Length > 200 ? name[..200] : name;
            var stem = candidate;
            for (var n = 2; !seen.Add(candidate); n++)
            {
                candidate = $"{stem} ({n})";
            }

            unique.Add(candidate);
        }

        return unique;
    }

    // A cell's text, and whether it is a label (a row header or group) that stays text whatever it says.
    private sealed record Written(string Text, bool IsLabel);
}
