namespace ReportGen.Rendering.Docx.Content;

/// <summary>What a cell is to the table's structure.</summary>
internal enum CellRole
{
    Data,
    ColumnHeader,
    RowHeader,
}
