using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Text;

/// <summary>Reads a user's text file, turning I/O failures and undecodable bytes into problems.</summary>
internal static class TextFile
{
    /// <summary>What to say when a YAML or Markdown file is read as Windows-1252 unasked.</summary>
    public const string SaveAsUtf8 = "save the file as UTF-8";

    /// <summary>
    /// The file's bytes, or <see langword="null"/> with an error when it cannot be read; recorded in
    /// <paramref name="reads"/> (the build's input log) when given.
    /// </summary>
    public static byte[]? ReadBytes(string absolutePath, string displayPath, ProblemList problems, InputLog? reads = null)
    {
        try
        {
            var bytes = File.ReadAllBytes(absolutePath);
            reads?.Record(absolutePath, bytes);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Error(new(displayPath), $"cannot be read ({e.Message}); check that the file exists and may be read");
            return null;
        }
    }

    /// <summary>The file's text, or <see langword="null"/> with an error when it cannot be read or decoded.</summary>
    public static string? ReadText(string absolutePath, string displayPath, ProblemList problems, InputLog? reads = null) =>
        ReadBytes(absolutePath, displayPath, problems, reads) is { } bytes
            ? TextDecoder.Decode(bytes, displayPath, DataEncoding.Detect, SaveAsUtf8, problems, "save it as UTF-8 text")
            : null;
}
