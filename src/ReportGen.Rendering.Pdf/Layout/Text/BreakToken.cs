namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>A forced line break.</summary>
internal sealed record BreakToken : InlineToken;
