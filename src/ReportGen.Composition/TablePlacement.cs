using ReportGen.Documents.Model;

namespace ReportGen.Composition;

/// <summary>
/// Decides which tables are kept on one page: short ones (a month-by-month table, a RAG summary, a header form)
/// read badly with a row or two left behind, so they start on a new page instead of splitting. Long tables
/// split between rows as usual, with their header repeated.
/// </summary>
internal static class TablePlacement
{
    /// <summary>The most body rows a table may have and still be kept together.</summary>
    public const int MaxRowsKeptTogether = 15;

    public static Block Place(Block block) =>
        block is Table { KeepTogether: false } table && table.BodyRows.Count <= MaxRowsKeptTogether
            ? table with { KeepTogether = true }
            : block;
}
