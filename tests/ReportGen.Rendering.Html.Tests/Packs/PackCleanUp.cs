using System.Security.Cryptography;
using System.Text;

namespace ReportGen.Rendering.Html.Tests.Packs;

/// <summary>Removes the packs built for the tests, and their builds' output locks, when the run is done.</summary>
[SetUpFixture]
public sealed class PackCleanUp
{
    [OneTimeTearDown]
    public void RemoveBuiltPacks()
    {
        if (!Directory.Exists(BuiltPacks.Folder))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(BuiltPacks.Folder, "*", SearchOption.AllDirectories).Append(BuiltPacks.Folder))
        {
            File.Delete(LockFile(folder));
        }

        Directory.Delete(BuiltPacks.Folder, recursive: true);
    }

    // Where a build keeps the lock of an output folder (the pipeline's OutputLock.PathFor, which is internal to it).
    private static string LockFile(string folder)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))));
        return Path.Combine(Path.GetTempPath(), $"reportgen-{hash[..32]}.lock");
    }
}
