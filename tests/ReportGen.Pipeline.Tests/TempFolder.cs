using ReportGen.Pipeline.Output;

namespace ReportGen.Pipeline.Tests;

/// <summary>A folder that is deleted when the test is done.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));

    /// <summary>A copy of a sample project in this folder, to change without touching the repository.</summary>
    public string CopyOf(string sample)
    {
        var target = System.IO.Path.Combine(Path, sample);
        var source = Repository.Sample(sample);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(source, file);
            if (relative.StartsWith("out", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = System.IO.Path.Combine(target, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public void Dispose()
    {
        // The builds' output locks live in the system's temporary folder; take those of this folder's outputs too.
        foreach (var folder in Directory.EnumerateDirectories(Path, "*", SearchOption.AllDirectories).Append(Path))
        {
            File.Delete(OutputLock.PathFor(folder));
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temporary-file clean-up.
        }
    }
}
