namespace ReportGen.Rendering.Docx.Content;

/// <summary>What a row is to the table's structure.</summary>
internal enum RowKind
{
    Header,
    Body,
    GroupHeading,
}
