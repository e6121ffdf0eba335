using System.Globalization;
using ReportGen.Composition.Templates;
using ReportGen.Composition.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Documents.Model;
using Block = ReportGen.Documents.Model.Block;

namespace ReportGen.Composition.Blocks;

/// <summary>
/// <c>tables:</c> each table of a list in the settings (<c>goal.tables</c>, <c>settings.tables</c>), as written: an
/// optional bold title and introduction (Markdown) kept with the table, the header row (<c>columns</c>), the rows (<c>rows</c>, each a list of cells,
/// the first a row header; a row shorter than the header is blank to its end), and an optional note below. Cells are
/// inline Markdown, already rendered as settings are; a cell written empty stays empty.
/// </summary>
internal static class SettingsTablesComposer
{
    private const string Shape = "each table is a map with caption, columns (a list of headers) and rows (a list of lists of cells), and may have title, intro, note, widths and align";

    public static IEnumerable<Block> Compose(SettingsTablesTemplate template, CompositionContext context)
    {
        var where = template.Scope == SettingsTablesTemplate.GoalScope
            ? context.Input.SettingLocations?.GetValueOrDefault("goals")
            : context.Input.SettingLocations?.GetValueOrDefault(template.Key);
        var location = where ?? context.Input.SettingsLocation ?? template.Location;
        var name = $"{template.Scope}.{template.Key}";
        if (!context.Globals.ContainsKey(template.Scope) || context.Globals[template.Scope] is not LiquidMap scope)
        {
            context.Problems.Add(Problem.Error(template.Location, $"'{name}' needs a goal: use it in a section with for_each: goal, or name settings.{template.Key}"));
            return [];
        }

        var value = scope.ContainsKey(template.Key) ? scope[template.Key] : null;
        if (value is null or "")
        {
            return [];
        }

        if (value is not IEnumerable<object> list || value is string)
        {
            context.Problems.Add(Problem.Error(location, $"'{name}' is not a list of tables; {Shape}"));
            return [];
        }

        var blocks = new List<Block>();
        foreach (var (item, i) in list.Select((item, i) => (item, i + 1)))
        {
            if (item is not LiquidMap table || Read(table, $"{name}, table {i}", location, context) is not { } read)
            {
                if (item is not LiquidMap)
                {
                    context.Problems.Add(Problem.Error(location, $"{name}, table {i} is not a map; {Shape}"));
                }

                continue;
            }

            blocks.AddRange(Blocks(read, table, template, context));
        }

        return blocks;
    }

    private sealed record TableShape(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

    private static TableShape? Read(LiquidMap table, string name, SourceLocation location, CompositionContext context)
    {
        var caption = Text(table, "caption");
        var columns = Texts(table, "columns");
        var rows = table.ContainsKey("rows") && table["rows"] is not string and IEnumerable<object> list
            ? list.Select(row => row is not string and IEnumerable<object> cells ? cells.Select(Cell).ToList() : null).ToList()
            : null;
        var problem = caption.Length == 0 ? "has no caption; say what the table shows, for screen readers"
            : columns is not { Count: > 0 } ? "has no columns; list the header of each column"
            : rows is null ? "has no rows; give a list of rows, each a list of cells"
            : RowProblem(rows, columns.Count);
        if (problem is not null)
        {
            context.Problems.Add(Problem.Error(location, $"{name} {problem}"));
            return null;
        }

        return new TableShape(caption, columns!, [.. rows!.Select(row => (IReadOnlyList<string>)[.. row!, .. Enumerable.Repeat(string.Empty, columns!.Count - row!.Count)])]);
    }

    private static string? RowProblem(IReadOnlyList<List<string>?> rows, int columns)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r] is not { } row)
            {
                return $"row {r + 1} is not a list of cells";
            }

            if (row.Count > columns)
            {
                return $"row {r + 1} has {row.Count} cells for {columns} columns";
            }
        }

        return null;
    }

    private static IEnumerable<Block> Blocks(TableShape shape, LiquidMap table, SettingsTablesTemplate template, CompositionContext context)
    {
        var title = Inline(Text(table, "title"), template, context);
        if (title.Count > 0)
        {
            yield return new Paragraph([.. title.Select(w => w is TextRun run ? run with { Bold = true } : w)]) { KeepWithNext = true };
        }

        foreach (var block in Markdown(Text(table, "intro"), template, context))
        {
            yield return block is Paragraph paragraph ? paragraph with { KeepWithNext = true } : block;
        }

        var count = shape.Columns.Count;
        var widths = Texts(table, "widths") is { Count: > 0 } given ? given : null;
        var aligns = Texts(table, "align") is { Count: > 0 } written ? written : null;
        var columns = Enumerable.Range(0, count).Select(c => new TableColumn(
            Width(widths, c),
            Alignment(aligns, c))).ToList();
        var header = new TableRow([.. shape.Columns.Select((text, c) => new TableCell([new Paragraph(Inline(text, template, context))], IsHeader: true, Alignment: columns[c].Alignment))]);
        var rows = shape.Rows.Select(row => new TableRow([.. row.Select((text, c) =>
            new TableCell([new Paragraph(Inline(text, template, context))], IsHeader: c == 0, Alignment: columns[c].Alignment))])).ToList();
        yield return new Table(shape.Caption, columns, [header], rows, KeepTogether: rows.Count <= 12);

        foreach (var block in Markdown(Text(table, "note"), template, context))
        {
            yield return block is Paragraph paragraph ? paragraph with { Style = ParagraphStyle.Note } : block;
        }
    }

    private static double Width(IReadOnlyList<string>? widths, int column) =>
        widths is not null && column < widths.Count && double.TryParse(widths[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var width) && width > 0
            ? width
            : column == 0 ? 3 : 1;

    private static CellAlignment Alignment(IReadOnlyList<string>? aligns, int column) =>
        (aligns is not null && column < aligns.Count ? aligns[column].Trim().ToLowerInvariant() : column == 0 ? "left" : "right") switch
        {
            "center" or "centre" => CellAlignment.Center,
            "right" => CellAlignment.Right,
            _ => CellAlignment.Left,
        };

    // The settings are rendered already: the cell's text goes in as a variable, so nothing in it is read as Liquid twice.
    private static IReadOnlyList<Inline> Inline(string text, SettingsTablesTemplate template, CompositionContext context) =>
        text.Length == 0 ? [] : context.InlineMarkdown("{{ cell }}", template.Location, new Dictionary<string, object> { ["cell"] = text });

    private static IReadOnlyList<Block> Markdown(string text, SettingsTablesTemplate template, CompositionContext context) =>
        text.Length == 0 ? [] : context.Markdown("{{ cell }}", template.Location, 0, new Dictionary<string, object> { ["cell"] = text });

    private static string Text(LiquidMap map, string key) => map.ContainsKey(key) ? Cell(map[key]) : string.Empty;

    private static List<string>? Texts(LiquidMap map, string key) =>
        map.ContainsKey(key) && map[key] is not string and IEnumerable<object> list ? [.. list.Select(Cell)] : null;

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        string text => text.Trim(),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
