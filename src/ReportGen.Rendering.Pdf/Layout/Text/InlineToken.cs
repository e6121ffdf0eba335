namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>A unit of inline content for line breaking: a word, a space or a forced line break.</summary>
internal abstract record InlineToken;
