namespace ReportGen.Rendering.Pdf.Fonts;

/// <summary>A face of a registered font set: its key, its TrueType bytes, and the styles to simulate on it.</summary>
internal sealed record ResolvedFace(string Key, byte[] Bytes, bool SimulateBold, bool SimulateItalic);
