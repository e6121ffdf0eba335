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

    public static IReadOnlyList<OutputFile> Run(IReadOnlyList<ComposedReport> reports, ReportInputs inputs, Calculated calculated, string outputDirectory, DocumentRenderers renderers)
    {
        var files = new List<OutputFile>();
        foreach (var report in reports)
        {
            files.AddRange(report.Formats.Select(format => new OutputFile(
                Path.Combine(outputDirectory, $"{report.Report.Id}.{format}"),
                renderers.Render(format, report.Document))));
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
}
