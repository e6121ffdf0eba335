using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using UglyToad.PdfPig;

namespace ReportGen.Pipeline.Tests;

/// <summary>Opens a build's outputs as their readers would, to show each is whole and valid.</summary>
internal static class OutputChecks
{
    /// <summary>The PDF's text, all pages; throws if it does not open.</summary>
    public static string PdfText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    /// <summary>The Word file's body text, after checking it against the Open XML schema.</summary>
    public static string WordText(string path)
    {
        using var word = WordprocessingDocument.Open(path, isEditable: false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(word).Select(e => e.Description).ToList();
        Assert.That(errors, Is.Empty, $"{path} is valid Open XML");
        return word.MainDocumentPart!.Document!.Body!.InnerText;
    }

    /// <summary>The parsed JSON; throws if it is not whole.</summary>
    public static JsonElement Json(string path) => JsonDocument.Parse(File.ReadAllBytes(path)).RootElement.Clone();

    /// <summary>Temporary and backup files a build should never leave behind.</summary>
    public static IReadOnlyList<string> Leftovers(string folder) =>
        Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>()
            .Where(name => name.EndsWith(".tmp", StringComparison.Ordinal) || name.EndsWith(".bak", StringComparison.Ordinal))
            .ToList();

    /// <summary>The staging folders of builds beside <paramref name="folder"/>, for it (<c>.{name}.{build}.stage</c>).</summary>
    public static IReadOnlyList<string> Stages(string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return Directory.EnumerateDirectories(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.*.stage").Select(Path.GetFileName).OfType<string>().ToList();
    }

    /// <summary>Stands in for a file system that cannot swap two folders (renameat2 says EINVAL), as an <c>exchanging</c> hook.</summary>
    public static void CannotSwap(string stage, string root) => throw new IOException("Invalid argument");

    /// <summary>A progress that keeps what it is told, at once (Progress&lt;T&gt; posts to the thread pool).</summary>
    public sealed class Told : IProgress<string>
    {
        public List<string> Lines { get; } = [];

        public void Report(string value) => Lines.Add(value);
    }
}
