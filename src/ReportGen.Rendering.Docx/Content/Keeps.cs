namespace ReportGen.Rendering.Docx.Content;

/// <summary>Which of a table row's paragraphs keep with the next paragraph, and whether keeps are turned off.</summary>
internal enum Keeps
{
    /// <summary>As the cell's look says (header rows and group headings keep with the row after them).</summary>
    AsLooks,

    /// <summary>Every paragraph: a row of a table kept on one page, other than its last.</summary>
    All,

    /// <summary>None, explicitly (keep with next and keep lines off): a table in a column.</summary>
    Off,
}
