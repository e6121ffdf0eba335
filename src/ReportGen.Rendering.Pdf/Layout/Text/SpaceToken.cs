using ReportGen.Rendering.Pdf.Drawing;

namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>A break opportunity that is drawn as a space when the line does not break there.</summary>
internal sealed record SpaceToken(TextStyle Style) : InlineToken;
