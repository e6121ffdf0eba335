using System.Globalization;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Xlsx.Cells;

namespace ReportGen.Rendering.Xlsx.Layout;

/// <summary>
/// The sheets of a workbook as the UK Analysis Function's guidance on releasing statistics in spreadsheets lays them
/// out: a cover sheet (title, subject, organisation, date, status such as DRAFT, marking), a contents sheet (a row per table sheet, with a link to
/// it and its description), a notes sheet (the <c>[c]</c> footnote and every note under a table, numbered), then one
/// table per sheet, <c>Table_1</c>, <c>Table_2</c>, …, each with its title in A1.
/// </summary>
internal static class WorkbookPlan
{
    /// <summary>What a suppressed cell shows (docs/disclosure.md).</summary>
    public const string Confidential = "[c]";

    public const string Cover = "Cover";
    public const string Contents = "Contents";
    public const string Notes = "Notes";

    private const string OneTable = "This worksheet contains one table.";

    public static IReadOnlyList<SheetPlan> Of(ReportDocument document)
    {
        var tables = DocumentTables.Of(document);
        var text = new CellText(document.ExpectedAnchorPages);
        var notes = new NoteList();
        var tableSheets = new List<SheetPlan>();
        for (var i = 0; i < tables.Count; i++)
        {
            var name = "Table_" + (i + 1).ToString(CultureInfo.InvariantCulture);
            tableSheets.Add(TableSheet(name, tables[i], notes, text));
        }

        return [CoverSheet(document, notes), ContentsSheet(tableSheets), NotesSheet(notes), .. tableSheets];
    }

    private static SheetPlan TableSheet(string name, DocumentTable found, NoteList notes, CellText text)
    {
        var data = TidyTable.From(found.Table, text);
        var references = new List<string>();
        if (data.Rows.Any(row => row.Any(cell => cell is TextCell { Text: var text } && text.Contains(Confidential, StringComparison.Ordinal))))
        {
            references.Add(notes.Confidential(name, found.Notes));
        }

        foreach (var note in found.Notes.Select(n => text.Of(n.Content)).Where(t => t.Length > 0))
        {
            if (notes.Add(name, note) is { } reference && !references.Contains(reference))
            {
                references.Add(reference);
            }
        }

        var title = found.Table.Caption.Length > 0 ? text.Of([new TextRun(found.Table.Caption)]) : name.Replace('_', ' ');
        List<SheetCell> lines = [new TextCell(title, TextLook.Title), new TextCell(OneTable, TextLook.Plain)];
        if (references.Count > 0)
        {
            lines.Add(new TextCell($"This table refers to {string.Join(", ", references)}, on the Notes sheet.", TextLook.Plain));
        }

        return new SheetPlan(name, lines, new SheetTable(name, data));
    }

    private static SheetPlan CoverSheet(ReportDocument document, NoteList notes)
    {
        var info = document.Info;
        var lines = new List<SheetCell> { new TextCell(CellText.Clean(info.Title), TextLook.Title) };
        void Add(string heading, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                lines.Add(new TextCell(heading, TextLook.Heading));
                lines.Add(new TextCell(CellText.Clean(text), TextLook.Plain));
            }
        }

        Add("Subject", info.Subject);
        Add("Organisation", info.Author);
        Add("Date", info.Created?.ToUniversalTime().ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        Add("Status", string.Join("; ", document.Sections.Select(s => s.Furniture.Watermark).OfType<string>().Where(m => m.Length > 0).Distinct(StringComparer.Ordinal)));
        Add("Protective marking", string.Join("; ", document.Sections.Select(s => s.Furniture.Marking).OfType<string>().Where(m => m.Length > 0).Distinct(StringComparer.Ordinal)));
        Add("Contents", "Each table of the report is on a sheet of its own; the Contents sheet lists them, with a link to each, and the Notes sheet holds the notes they refer to.");
        if (notes.ConfidentialText is { } confidential)
        {
            Add("Shorthand", confidential);
        }

        return new SheetPlan(Cover, lines, null);
    }

    private static SheetPlan ContentsSheet(IReadOnlyList<SheetPlan> tableSheets)
    {
        if (tableSheets.Count == 0)
        {
            return new SheetPlan(Contents, [new TextCell(Contents, TextLook.Title), new TextCell("This report has no tables.", TextLook.Plain)], null);
        }

        var rows = tableSheets
            .Select(s => (IReadOnlyList<SheetCell?>)[new SheetLinkCell(s.Name, s.Name), s.Lines[0] is TextCell title ? new TextCell(title.Text) : null])
            .ToList();
        return new SheetPlan(
            Contents,
            [new TextCell(Contents, TextLook.Title), new TextCell(OneTable, TextLook.Plain)],
            new SheetTable("Table_of_contents", new TidyTable(["Sheet name", "Table description"], rows, [1, 6])));
    }

    private static SheetPlan NotesSheet(NoteList notes)
    {
        if (notes.Rows.Count == 0)
        {
            return new SheetPlan(Notes, [new TextCell(Notes, TextLook.Title), new TextCell("The tables of this report have no notes.", TextLook.Plain)], null);
        }

        var rows = notes.Rows
            .Select(n => (IReadOnlyList<SheetCell?>)[new TextCell(n.Reference), new TextCell(n.Text), new TextCell(string.Join(", ", n.Sheets))])
            .ToList();
        return new SheetPlan(
            Notes,
            [new TextCell(Notes, TextLook.Title), new TextCell(OneTable, TextLook.Plain)],
            new SheetTable("Notes_table", new TidyTable(["Note number", "Note text", "Tables"], rows, [1, 6, 2])));
    }
}
