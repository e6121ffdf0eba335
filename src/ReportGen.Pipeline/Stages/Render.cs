using ReportGen.Core.Results;
using ReportGen.Pipeline.Output;
using ReportGen.Rendering.Results.Csv;
using ReportGen.Rendering.Results.Json;

namespace ReportGen.Pipeline.Stages;

/// <summary>
/// Stage 6: every output of the build in memory: each composed report in each of its document formats, then
/// <c>results.json</c> and <c>results.csv</c> from the results when a report asks for them.
/// </summary>
internal static class Render
{
    public const string ResultsFileName = "results.json";

    /// <summary>
    /// Renders the outputs. With <paramref name="compactFirst"/>, the heap is compacted and its free memory given back
    /// to the system before each document is rendered (<see cref="GiveBackMemory"/>).
    /// </summary>
    public static IReadOnlyList<OutputFile> Run(IReadOnlyList<ComposedReport> reports, ReportInputs inputs, Calculated calculated, string outputDirectory, DocumentRenderers renderers, bool compactFirst = false)
    {
        var files = new List<OutputFile>();
        foreach (var report in reports)
        {
            foreach (var format in report.Formats)
            {
                if (compactFirst)
                {
                    GiveBackMemory();
                }

                files.Add(new OutputFile(Path.Combine(outputDirectory, $"{report.Report.Id}.{format}"), renderers.Render(format, report.Document)));
            }
        }

        if (inputs.WantsJson)
        {
            using var stream = new MemoryStream();
            ResultsJsonWriter.Write(calculated.Results, stream, calculated.Edition.ForDocuments.Name);
            files.Add(new OutputFile(Path.Combine(outputDirectory, ResultsFileName), stream.ToArray()));
        }

        if (inputs.WantsCsv)
        {
            files.Add(new OutputFile(Path.Combine(outputDirectory, ResultsCsvWriter.FileName), ResultsCsvWriter.Write(calculated.Results)));
        }

        return files;
    }

    /// <summary>
    /// A blocking, compacting collection that also gives the heap's free memory back to the system
    /// (<see cref="GCCollectionMode.Aggressive"/>). The renderers build large short-lived object graphs (the Word
    /// renderer's document tree above all); without this, each starts on top of the memory the collector kept
    /// committed for the stages before it, and a build's peak is the sum. Measured at 10M rows: 157 – 160 MB without,
    /// 131 MB with, at the same CPU time (docs/performance.md). A <c>--for-each</c> run renders packs on several
    /// threads at once, where a blocking collection would stop them all, so it does not ask for this.
    /// </summary>
    private static void GiveBackMemory() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
