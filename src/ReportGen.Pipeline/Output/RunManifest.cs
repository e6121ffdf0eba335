using System.Globalization;
using System.Text.Json;
using ReportGen.Core.Periods;
using ReportGen.Pipeline.Packs;

namespace ReportGen.Pipeline.Output;

/// <summary>
/// The manifest of a <c>--for-each</c> run, at the top of the output folder: which ReportGen built it, from what
/// command line, for which period and breakdown, which shard (if any), and every pack it built with its group, its
/// folder and each of its files (path from the output folder, size, SHA-256; the pack's own manifest among them).
/// A run without <c>--shard</c> writes <c>manifest.json</c>; shard K of N writes <c>manifest.shard-K-of-N.json</c>,
/// listing its own packs, so that shards written into one folder never overwrite each other's.
/// </summary>
internal static class RunManifest
{
    /// <summary>The run manifest for <paramref name="packs"/>, each with its files, written into <paramref name="outputDirectory"/>.</summary>
    public static OutputFile Create(string outputDirectory, BuildRequest request, PackRequest packRequest, string breakdown, Period period, IReadOnlyList<(string Group, string Folder, IReadOnlyList<OutputFile> Files)> packs)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Manifest.WriterOptions))
        {
            json.WriteStartObject();
            Manifest.WriteHeader(json, request, period);
            json.WriteString("breakdown", breakdown);
            if (packRequest.Shard is { } shard)
            {
                json.WriteStartObject("shard");
                json.WriteNumber("index", shard.Index);
                json.WriteNumber("count", shard.Count);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("shard");
            }

            json.WriteStartArray("packs");
            foreach (var (group, folder, files) in packs)
            {
                json.WriteStartObject();
                json.WriteString("value", group);
                json.WriteString("folder", folder);
                Manifest.WriteFiles(json, "files", outputDirectory, files);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        var name = packRequest.Shard?.ManifestName ?? Manifest.FileName;
        return new OutputFile(Path.Combine(outputDirectory, name), stream.ToArray());
    }
}
