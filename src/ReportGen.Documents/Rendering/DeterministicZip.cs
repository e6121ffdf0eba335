using System.IO.Compression;

namespace ReportGen.Documents.Rendering;

/// <summary>
/// Re-writes a package's zip so the same parts give the same bytes: System.IO.Packaging stamps every entry with
/// the wall clock, so entries are copied in a fixed order ([Content_Types].xml first, then by name) with one fixed
/// time. Shared by the renderers that write Open XML packages (Word, the workbook).
/// </summary>
public static class DeterministicZip
{
    private const string ContentTypes = "[Content_Types].xml";

    /// <summary>1 January 1980, the earliest time a zip entry can hold.</summary>
    public static DateTimeOffset EntryTime { get; } = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Copies the zip in <paramref name="package"/> to <paramref name="output"/>, entries in the fixed order and time.</summary>
    public static void Rewrite(Stream package, Stream output) => Rewrite(package, output, null);

    /// <summary>
    /// Copies the zip in <paramref name="package"/> to <paramref name="output"/>, entries in the fixed order and time,
    /// the entries named in <paramref name="contents"/> written by their writer instead of copied: a large part can
    /// then go straight into the file, compressed once, without passing through the package first.
    /// </summary>
    public static void Rewrite(Stream package, Stream output, IReadOnlyDictionary<string, Action<Stream>>? contents)
    {
        package.Position = 0;
        using var buffer = new MemoryStream();
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entries = source.Entries
                .OrderBy(e => e.FullName == ContentTypes ? 0 : 1)
                .ThenBy(e => e.FullName, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var to = copy.Open();
                if (contents is not null && contents.TryGetValue(entry.FullName, out var write))
                {
                    write(to);
                    continue;
                }

                using var from = entry.Open();
                from.CopyTo(to);
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
