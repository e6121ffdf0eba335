namespace ReportGen.Ingest;

/// <summary>The font files the project file names for PDF output, as absolute paths.</summary>
/// <param name="Regular">The body font.</param>
/// <param name="Bold">The bold face, if given.</param>
/// <param name="Italic">The italic face, if given.</param>
/// <param name="BoldItalic">The bold italic face, if given.</param>
public sealed record FontFiles(string Regular, string? Bold, string? Italic, string? BoldItalic);
