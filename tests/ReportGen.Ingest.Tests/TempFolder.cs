using System.Text;

namespace ReportGen.Ingest.Tests;

/// <summary>A folder under the system temp folder, deleted on dispose, for tests that need real files.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Join(System.IO.Path.GetTempPath(), "reportgen-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte order mark) at <paramref name="relative"/>, creating folders.</summary>
    public string Write(string relative, string text) => Write(relative, new UTF8Encoding(false).GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Join(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Folder(string relative)
    {
        var full = System.IO.Path.Join(Path, relative);
        Directory.CreateDirectory(full);
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
