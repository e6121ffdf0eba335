using ReportGen.Rendering.Pdf.Fonts.TrueType;

namespace ReportGen.Rendering.Pdf.Fonts;

/// <summary>The face of a font set that text in some style is set in, and the styles to simulate on it.</summary>
/// <param name="Face">The face, as read from its TrueType bytes.</param>
/// <param name="SimulateBold">The set has no bold face for this style: the face is emboldened.</param>
/// <param name="SimulateItalic">The set has no italic face for this style: the face is slanted.</param>
internal sealed record ResolvedFace(TrueTypeFace Face, bool SimulateBold, bool SimulateItalic);
