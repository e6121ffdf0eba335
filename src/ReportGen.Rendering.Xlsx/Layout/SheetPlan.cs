using ReportGen.Rendering.Xlsx.Cells;

namespace ReportGen.Rendering.Xlsx.Layout;

/// <summary>One worksheet: lines of text in column A (the title first), then at most one table under them.</summary>
/// <param name="Name">The sheet's name: unique, at most 31 characters, none of <c>[]:*?/\</c>.</param>
/// <param name="Lines">The rows above the table, one cell each in column A; the first is the title.</param>
/// <param name="Table">The sheet's table, if any, starting on the row after the lines.</param>
internal sealed record SheetPlan(string Name, IReadOnlyList<SheetCell> Lines, SheetTable? Table);

/// <summary>A table on a sheet: an Excel table (a table part with a header row) over exactly its cells.</summary>
/// <param name="Name">The table's name, unique in the workbook (letters, digits and underscores).</param>
/// <param name="Data">The column names, rows and widths.</param>
internal sealed record SheetTable(string Name, TidyTable Data);
