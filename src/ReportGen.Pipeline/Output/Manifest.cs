using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Core.Data;
using ReportGen.Core.Periods;
using ReportGen.Pipeline.Stages;

namespace ReportGen.Pipeline.Output;

/// <summary>
/// <c>manifest.json</c>, written beside the outputs: which ReportGen built them, from what command line and which
/// input files (size, SHA-256, rows read / used / rejected), for which period, how far each indicator's data
/// runs, and the SHA-256 of every output (the manifest aside). The same inputs and version give the same bytes. The
/// edition is recorded with how many restricted items it left out; the public edition's lists none of them.
/// </summary>
internal static class Manifest
{
    public const string FileName = "manifest.json";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>How the manifests are written: indented, with <c>\n</c> line ends, characters kept as they are.</summary>
    internal static JsonWriterOptions WriterOptions => Options;

    /// <summary>
    /// The manifest of a build that writes <paramref name="outputs"/> into <paramref name="outputDirectory"/>; for a
    /// pack of a <c>--for-each</c> run, <paramref name="pack"/> (its breakdown and group) is recorded as <c>pack</c>.
    /// </summary>
    public static OutputFile Create(string outputDirectory, BuildRequest request, ProjectInputs inputs, Period period, IReadOnlyList<InputFile> files, IReadOnlyList<OutputFile> outputs, ManifestEdition edition, Composition.PackOf? pack = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            WriteHeader(json, request, period);
            if (pack is not null)
            {
                json.WriteStartObject("pack");
                json.WriteString("breakdown", pack.Breakdown);
                json.WriteString("value", pack.Value);
                json.WriteEndObject();
            }

            WriteEdition(json, edition);
            WriteInputs(json, files);
            WriteIndicators(json, inputs, edition.LeftOutIndicators);
            WriteFiles(json, "outputs", outputDirectory, outputs);
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return new OutputFile(Path.Combine(outputDirectory, FileName), stream.ToArray());
    }

    /// <summary>What every manifest starts with: the tool's version, the command line, the time when given, the period.</summary>
    internal static void WriteHeader(Utf8JsonWriter json, BuildRequest request, Period period)
    {
        json.WriteString("reportgen", ToolVersion.Current);
        json.WriteStartArray("commandLine");
        foreach (var arg in request.CommandLine ?? [])
        {
            json.WriteStringValue(arg);
        }

        json.WriteEndArray();
        WriteOptional(json, "created", request.Created?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        WritePeriod(json, period);
    }

    internal static void WritePeriod(Utf8JsonWriter json, Period period)
    {
        json.WriteStartObject("period");
        json.WriteString("label", period.ToString());
        json.WriteString("kind", period.Kind.ToString().ToLowerInvariant());
        json.WriteString("financialYear", period.Year.ToString());
        json.WriteString("start", period.Span.First.ToString());
        json.WriteString("end", period.Span.Last.ToString());
        json.WriteEndObject();
    }

    private static void WriteEdition(Utf8JsonWriter json, ManifestEdition edition)
    {
        json.WriteStartObject("edition");
        json.WriteString("name", edition.Edition.ForDocuments.Name);
        WriteOptional(json, "marking", edition.Edition.Settings.Marking);
        json.WriteNumber("restrictedItemsLeftOut", edition.ItemsLeftOut);
        json.WriteEndObject();
    }

    private static void WriteInputs(Utf8JsonWriter json, IReadOnlyList<InputFile> files)
    {
        json.WriteStartArray("inputs");
        foreach (var file in files)
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteString("role", file.Role);
            json.WriteNumber("size", file.Size);
            json.WriteString("sha256", file.Sha256);
            if (file.Rows is { } rows)
            {
                json.WriteStartObject("rows");
                json.WriteNumber("read", rows.Read);
                json.WriteNumber("used", rows.Used);
                json.WriteNumber("rejected", rows.Rejected);
                json.WriteEndObject();
                WriteOptional(json, "lastPeriod", rows.LastPeriod?.ToString());
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteIndicators(Utf8JsonWriter json, ProjectInputs inputs, IReadOnlySet<string> leftOut)
    {
        var lastPeriods = LastPeriods(inputs.Observations);
        json.WriteStartArray("indicators");
        foreach (var definition in inputs.Definitions.Where(d => !leftOut.Contains(d.Id)))
        {
            json.WriteStartObject();
            json.WriteString("id", definition.Id);
            WriteOptional(json, "lastPeriod", lastPeriods.TryGetValue(definition.Id, out var last) ? last.ToString() : null);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// Each indicator's latest period with a figure, in one pass over the observations (the first of equals kept, as
    /// <c>MaxBy</c> did), so the manifest's time grows with the observations, not with indicators × observations.
    /// </summary>
    private static Dictionary<string, Period> LastPeriods(IReadOnlyList<Observation> observations)
    {
        var last = new Dictionary<string, Period>(StringComparer.Ordinal);
        foreach (var observation in observations)
        {
            if (observation.HasFigure &&
                (!last.TryGetValue(observation.IndicatorId, out var seen) || observation.Period.Span.Last > seen.Span.Last))
            {
                last[observation.IndicatorId] = observation.Period;
            }
        }

        return last;
    }

    /// <summary>
    /// <paramref name="outputs"/> as an array named <paramref name="name"/>: each file's path from
    /// <paramref name="outputDirectory"/>, size and SHA-256 (a pack's manifest, and the run manifest of <c>--for-each</c>).
    /// </summary>
    internal static void WriteFiles(Utf8JsonWriter json, string name, string outputDirectory, IReadOnlyList<OutputFile> outputs)
    {
        json.WriteStartArray(name);
        foreach (var output in outputs)
        {
            json.WriteStartObject();
            json.WriteString("path", Path.GetRelativePath(outputDirectory, output.Path).Replace('\\', '/'));
            json.WriteNumber("size", output.Bytes.LongLength);
            json.WriteString("sha256", output.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    internal static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
