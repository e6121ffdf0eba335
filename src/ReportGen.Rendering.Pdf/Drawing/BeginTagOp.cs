namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>Begins a structure element; content drawn until the matching <see cref="EndMarkOp"/> belongs to it.</summary>
/// <param name="Tag">The element's type.</param>
/// <param name="Scope">For TH: <c>Column</c> or <c>Row</c>.</param>
/// <param name="ColumnSpan">For TH and TD: how many columns the cell spans.</param>
/// <param name="Summary">For Table: what the table shows.</param>
internal sealed record BeginTagOp(StructureTag Tag, string? Scope = null, int ColumnSpan = 1, string? Summary = null) : MarkOp
{
    /// <summary>For a column header of a table with two or more header rows: its ID, which cells name in their headers.</summary>
    public string? Id { get; init; }

    /// <summary>For a cell of such a table: the IDs of the column headers over it, every level of them.</summary>
    public IReadOnlyList<string>? Headers { get; init; }
}
