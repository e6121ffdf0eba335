namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>Begins an artifact: decoration and furniture that assistive technology skips.</summary>
internal sealed record BeginArtifactOp : MarkOp;
