using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;
using ReportGen.Ingest;
using ReportGen.Pipeline.Output;
using ReportGen.Pipeline.Packs;
using ReportGen.Pipeline.Stages;

namespace ReportGen.Pipeline;

/// <summary>
/// One build, as named stages that each take and return values (docs/architecture.md): load the project, choose the
/// period, load the reports' inputs, calculate, compose, number pages, render, then write the outputs and the
/// manifest atomically. Each input file is read once. Nothing is written unless the whole build succeeds; every
/// problem of the run is reported, not just the first.
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
        if (request.Packs is { } packs)
        {
            return PackRunner.Run(request, packs, write);
        }

        var problems = new List<Problem>();
        if (!Directory.Exists(request.ProjectDirectory))
        {
            problems.Add(Problem.Error(null, $"the project folder '{request.ProjectDirectory}' does not exist; give --project the folder holding reportgen.yaml"));
            return new BuildOutcome(BuildStatus.BadRequest, problems, [], null);
        }

        // 1. The project file, the definitions and the data.
        request.Progress?.Report("reading the project file, the definitions and the data");
        if (LoadProject.Run(request.ProjectDirectory, problems) is not { } inputs)
        {
            return Failed(problems, null);
        }

        // 2. The period, now that the data and the financial year's first month are known.
        if (ChoosePeriod.Run(request.Period, inputs.Observations, inputs.Project.FinancialYearStart, problems) is not { } period)
        {
            return new BuildOutcome(BuildStatus.BadRequest, problems, [], null);
        }

        // 3. The period's commentary and registers, the reports' templates and the fonts: every input is read by now.
        request.Progress?.Report(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"read {inputs.Observations.Count:N0} data rows; building {period}; reading the commentary, registers and templates"));
        var edition = BuildEdition.Of(request.Edition, inputs.Project);
        var reportInputs = LoadReportInputs.Run(request, inputs, period, edition.Kind, problems);
        var renderers = DocumentRenderers.For(inputs.Project, request.PdfA, request.ReferenceDocx, problems);
        using var warmUp = WarmUp.Start(renderers, reportInputs.Reports.SelectMany(r => r.Formats).Distinct().ToList());
        var sources = InputFiles.Of(inputs, period, problems, renderers.Inputs);
        if (NothingToWrite(request, inputs.Project, reportInputs) is { } nothing)
        {
            problems.Add(nothing);
            return new BuildOutcome(BuildStatus.BadRequest, problems, [], period);
        }

        problems.AddRange(FormatsNoReportHas(request, inputs.Project));

        // 4. The figures, protected by disclosure control and filtered for the edition.
        request.Progress?.Report("calculating the figures");
        var calculated = Calculate.Run(inputs, period, edition, problems);

        // 5. The documents, with the pages their references point at; 6. every output in memory.
        request.Progress?.Report(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"calculated {calculated.Results.Indicators.Count} indicators; composing and rendering the outputs"));
        var composed = Compose.Run(request, inputs, reportInputs, calculated, InputFiles.Note(sources), problems)
            .Select(report => NumberPages.Run(report with { Document = renderers.Styled(report.Document) }, renderers.Pages))
            .ToList();
        var outputDirectory = OutputDirectory(request, inputs.Project, calculated.Edition);
        var files = Render.Run(composed, reportInputs, calculated, outputDirectory, renderers, compactFirst: true);
        if (problems.Any(p => p.Severity == Severity.Error) || (request.Strict && problems.Count > 0))
        {
            return Failed(problems, period);
        }

        // 7. Written whole, or not at all; the manifest last, so that it is put in place after the outputs it describes.
        var manifestEdition = new ManifestEdition(calculated.Edition, calculated.Edition.LeftOut, reportInputs.Withheld);
        files = [.. files, Manifest.Create(outputDirectory, request, inputs, period, sources, files, manifestEdition)];
        if (!write)
        {
            return new BuildOutcome(BuildStatus.Built, problems, [], period)
            {
                Edition = calculated.Edition.ForDocuments.Name,
                Marking = calculated.Edition.Settings.Marking,
                Ratings = calculated.Results.Summary,
                Reads = inputs.Project.Reads,
            };
        }

        request.Progress?.Report(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"writing {files.Count} files"));
        var written = OutputWriter.WriteAll(files, problems, progress: request.Progress, project: request.ProjectDirectory);
        return written.Count == files.Count
            ? new BuildOutcome(BuildStatus.Built, problems, written.Select(path => Display(path, inputs.Project, request)).ToList(), period)
            {
                Edition = calculated.Edition.ForDocuments.Name,
                Marking = calculated.Edition.Settings.Marking,
                Ratings = calculated.Results.Summary,
                Reads = inputs.Project.Reads,
            }
            : Failed(problems, period);
    }

    /// <summary>
    /// With <c>--format</c>, which keeps only those of each report's formats, a build that would write nothing but the
    /// manifest is a bad command line: the problem says which formats the reports have.
    /// </summary>
    internal static Problem? NothingToWrite(BuildRequest request, Ingest.ProjectFile project, ReportInputs reportInputs)
    {
        if (request.Formats is not { } asked || reportInputs.Reports.Count > 0 || reportInputs.WantsJson || reportInputs.WantsCsv)
        {
            return null;
        }

        var have = project.Reports.Select(r => $"{r.Id} has {string.Join(", ", r.Formats.Select(f => f.ToString().ToLowerInvariant()))}");
        return Problem.Error(null, $"--format {string.Join(",", asked.Order(StringComparer.Ordinal))} writes nothing: no report has {(asked.Count == 1 ? "that format" : "those formats")} ({string.Join("; ", have)}); ask for one of those, or add the format to a report's formats: in the project file");
    }

    /// <summary>
    /// A warning for each format <c>--format</c> asks for that no report has (<c>--format json,csv</c> where no report
    /// lists csv), since the build writes the others and would otherwise leave that one out without a word.
    /// </summary>
    internal static IEnumerable<Problem> FormatsNoReportHas(BuildRequest request, ProjectFile project)
    {
        var had = project.Reports.SelectMany(r => r.Formats).Select(f => f.ToString().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return (request.Formats ?? new HashSet<string>())
            .Where(f => !had.Contains(f))
            .Order(StringComparer.Ordinal)
            .Select(f => Problem.Warning(null, $"--format {f}: no report has {f} (the reports have {string.Join(", ", had.Order(StringComparer.Ordinal))}), so none is written; add it to a report's formats: in the project file"));
    }

    private static BuildOutcome Failed(List<Problem> problems, Period? period) => new(BuildStatus.Failed, problems, [], period);

    /// <summary>Where the outputs go: <c>--out</c>, else the edition's output folder, else the project file's.</summary>
    internal static string OutputDirectory(BuildRequest request, ProjectFile project, BuildEdition edition) =>
        request.OutputDirectory is { } outDirectory ? Path.GetFullPath(outDirectory) : edition.Settings.OutputDirectory ?? project.OutputDirectory;

    /// <summary>An output's path as the user would write it: inside the project, by the project's path; else as given with --out.</summary>
    private static string Display(string path, ProjectFile project, BuildRequest request) =>
        request.OutputDirectory is { } outDirectory
            ? Path.Join(outDirectory, Path.GetFileName(path))
            : project.DisplayPath(path);
}
