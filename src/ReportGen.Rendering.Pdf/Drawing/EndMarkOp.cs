namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>Ends the innermost open structure element, link or artifact.</summary>
internal sealed record EndMarkOp : MarkOp;
