using ReportGen.Documents.Model;
using ReportGen.Rendering.Xlsx.Cells;

namespace ReportGen.Rendering.Xlsx.Layout;

/// <summary>
/// The notes of a workbook, as the tables refer to them: <c>[c]</c>, the footnote of suppressed figures, and every
/// other note printed under a table, numbered in order of first use (<c>[note 1]</c>), each listed once with the
/// sheets that refer to it.
/// </summary>
internal sealed class NoteList
{
    private readonly List<NoteRow> _rows = [];

    /// <summary>The notes, <c>[c]</c> first when any table shows it.</summary>
    public IReadOnlyList<NoteRow> Rows => _rows;

    /// <summary>The text of the <c>[c]</c> note, once a table has shown <c>[c]</c>.</summary>
    public string? ConfidentialText => _rows.FirstOrDefault(r => r.Reference == WorkbookPlan.Confidential)?.Text;

    /// <summary>
    /// Notes that <paramref name="sheet"/> shows <c>[c]</c>: the note's text is the footnote printed under the table (or
    /// under an earlier one), which the document always gives where <c>[c]</c> is shown.
    /// </summary>
    public string Confidential(string sheet, IReadOnlyList<Paragraph> notes)
    {
        var row = _rows.FirstOrDefault(r => r.Reference == WorkbookPlan.Confidential);
        if (row is null)
        {
            var text = notes.Select(n => CellText.Plain.Of(n.Content)).FirstOrDefault(IsConfidentialNote) ?? "[c] confidential: figure suppressed";
            row = new NoteRow(WorkbookPlan.Confidential, text);
            _rows.Insert(0, row);
        }

        row.Refer(sheet);
        return row.Reference;
    }

    /// <summary>
    /// Adds the note <paramref name="text"/> printed under the table of <paramref name="sheet"/>, and gives its reference;
    /// a <c>[c]</c> footnote under a table that shows no <c>[c]</c> gives <see langword="null"/> (it is about something
    /// the workbook does not hold, such as a chart), and one with more words than the first is numbered.
    /// </summary>
    public string? Add(string sheet, string text)
    {
        if (IsConfidentialNote(text))
        {
            // The [c] footnote: listed once, as [c], by the tables that show [c] (see Confidential).
            var confidential = _rows.FirstOrDefault(r => r.Reference == WorkbookPlan.Confidential);
            return confidential is not null && confidential.Sheets.Contains(sheet) && confidential.Text == text ? confidential.Reference
                : confidential is not null && confidential.Sheets.Contains(sheet) ? Numbered(sheet, text)
                : null;
        }

        return Numbered(sheet, text);
    }

    private string Numbered(string sheet, string text)
    {
        if (_rows.FirstOrDefault(r => r.Text == text) is { } known)
        {
            known.Refer(sheet);
            return known.Reference;
        }

        var number = _rows.Count(r => r.Reference != WorkbookPlan.Confidential) + 1;
        var row = new NoteRow($"[note {number}]", text);
        row.Refer(sheet);
        _rows.Add(row);
        return row.Reference;
    }

    private static bool IsConfidentialNote(string text) => text.StartsWith(WorkbookPlan.Confidential, StringComparison.Ordinal);
}

/// <summary>One note: its reference, its text and the sheets that refer to it.</summary>
internal sealed class NoteRow(string reference, string text)
{
    private readonly List<string> _sheets = [];

    /// <summary><c>[c]</c> or <c>[note N]</c>.</summary>
    public string Reference { get; } = reference;

    /// <summary>The note.</summary>
    public string Text { get; } = text;

    /// <summary>The sheets that refer to the note, in order.</summary>
    public IReadOnlyList<string> Sheets => _sheets;

    /// <summary>Records that <paramref name="sheet"/> refers to the note.</summary>
    public void Refer(string sheet)
    {
        if (!_sheets.Contains(sheet))
        {
            _sheets.Add(sheet);
        }
    }
}
