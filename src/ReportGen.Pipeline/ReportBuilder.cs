using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;
using ReportGen.Ingest;
using ReportGen.Pipeline.Output;
using ReportGen.Pipeline.Stages;

namespace ReportGen.Pipeline;

/// <summary>
/// One build, as named stages that each take and return values (docs/architecture.md): load the project, choose
/// the period, calculate, compose, number pages, render, then write the outputs and the manifest atomically.
/// Nothing is written unless the whole build succeeds; every problem of the run is reported, not just the first.
/// </summary>
public static class ReportBuilder
{
    /// <summary>Builds what <paramref name="request"/> asks for.</summary>
    public static BuildOutcome Build(BuildRequest request) => Run(request, write: true);

    /// <summary>
    /// Makes every check a build of <paramref name="request"/> makes, running every stage up to the outputs in
    /// memory, and writes nothing (<c>reportgen validate</c>). <see cref="BuildStatus.Built"/> means the build would
    /// write its outputs; <see cref="BuildOutcome.Written"/> is always empty.
    /// </summary>
    public static BuildOutcome Validate(BuildRequest request) => Run(request, write: false);

    private static BuildOutcome Run(BuildRequest request, bool write)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<Problem>();
        if (!Directory.Exists(request.ProjectDirectory))
        {
            problems.Add(Problem.Error(null, $"the project folder '{request.ProjectDirectory}' does not exist; give --project the folder holding reportgen.yaml"));
            return new BuildOutcome(BuildStatus.BadRequest, problems, [], null);
        }

        if (LoadProject.Run(request.ProjectDirectory, problems) is not { } inputs)
        {
            return Failed(problems, null);
        }

        if (ChoosePeriod.Run(request.Period, inputs.Observations, inputs.Project.FinancialYearStart, problems) is not { } period)
        {
            return new BuildOutcome(BuildStatus.BadRequest, problems, [], null);
        }

        var calculated = Calculate.Run(inputs, period, request.Edition, problems);
        var sources = InputFiles.Of(inputs, period, problems);
        var composed = Compose.Run(request, inputs, calculated, InputFiles.Note(sources), problems);
        var renderers = DocumentRenderers.For(inputs.Project, problems);
        composed = composed with { Reports = composed.Reports.Select(report => NumberPages.Run(report, renderers.Pages)).ToList() };
        var outputDirectory = OutputDirectory(request, inputs.Project, calculated.Edition);
        var files = Render.Run(composed, calculated, outputDirectory, renderers);
        if (problems.Any(p => p.Severity == Severity.Error) || (request.Strict && problems.Count > 0))
        {
            return Failed(problems, period);
        }

        // The manifest goes last, so that it is put in place after the outputs it describes.
        var edition = new ManifestEdition(calculated.Edition, calculated.Edition.LeftOut, composed.Withheld);
        files = [.. files, Manifest.Create(outputDirectory, request, inputs, period, sources, files, edition)];
        if (!write)
        {
            return new BuildOutcome(BuildStatus.Built, problems, [], period)
            {
                Edition = calculated.Edition.ForDocuments.Name,
                Marking = calculated.Edition.Settings.Marking,
            };
        }

        var written = OutputWriter.WriteAll(files, problems);
        return written.Count == files.Count
            ? new BuildOutcome(BuildStatus.Built, problems, written.Select(path => Display(path, inputs.Project, request)).ToList(), period)
            {
                Edition = calculated.Edition.ForDocuments.Name,
                Marking = calculated.Edition.Settings.Marking,
            }
            : Failed(problems, period);
    }

    private static BuildOutcome Failed(List<Problem> problems, Period? period) => new(BuildStatus.Failed, problems, [], period);

    /// <summary>Where the outputs go: <c>--out</c>, else the edition's output folder, else the project file's.</summary>
    private static string OutputDirectory(BuildRequest request, ProjectFile project, BuildEdition edition) =>
        request.OutputDirectory is { } outDirectory ? Path.GetFullPath(outDirectory) : edition.Settings.OutputDirectory ?? project.OutputDirectory;

    /// <summary>An output's path as the user would write it: inside the project, by the project's path; else as given with --out.</summary>
    private static string Display(string path, ProjectFile project, BuildRequest request) =>
        request.OutputDirectory is { } outDirectory
            ? Path.Join(outDirectory, Path.GetFileName(path))
            : project.DisplayPath(path);
}
