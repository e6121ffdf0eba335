using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>What the surroundings impose on runs: bold in header cells, white text on a dark fill.</summary>
/// <param name="Bold">Every run is bold.</param>
/// <param name="Color">The colour of runs that do not name their own.</param>
internal readonly record struct RunFormat(bool Bold = false, Rgb? Color = null)
{
    public static RunFormat Plain { get; } = new();
}
