using ReportGen.Core.Calculation;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Ingest;

namespace ReportGen.Pipeline;

/// <summary>
/// One build: read and check the project, work out the figures, compose and render every report, then write
/// the outputs atomically. Nothing is written unless the whole build succeeds; every problem of the run is
/// reported, not just the first.
/// </summary>
public static class ReportBuilder
{
    /// <summary>Builds what <paramref name="request"/> asks for.</summary>
    public static BuildOutcome Build(BuildRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<Problem>();
        if (!Directory.Exists(request.ProjectDirectory))
        {
            problems.Add(Problem.Error(null, $"the project folder '{request.ProjectDirectory}' does not exist; give --project the folder holding reportgen.yaml"));
            return new BuildOutcome(BuildStatus.BadRequest, problems, [], null);
        }

        var inputs = ProjectInputs.Load(request.ProjectDirectory, problems);
        if (inputs is null)
        {
            return Failed(problems, null);
        }

        var period = PeriodChooser.Choose(request, inputs.Observations, inputs.Project.FinancialYearStart, problems);
        if (period is not { } chosen)
        {
            return new BuildOutcome(BuildStatus.BadRequest, problems, [], null);
        }

        // Disclosure control and the edition come between the calculation and everything composed or written from it,
        // so that every output shows the same figures (docs/disclosure.md).
        var edition = BuildEdition.Of(request, inputs.Project);
        var leftOut = EditionFilter.LeftOut(inputs.Definitions, edition.Kind);
        edition = edition with { LeftOut = leftOut };
        var calculated = ReportCalculator.Calculate(inputs.Definitions, inputs.Observations, chosen);
        var protectedResults = DisclosureControl.Apply(calculated, edition.Rules(inputs.Project), leftOut);
        problems.AddRange(protectedResults.Warnings);
        var results = EditionFilter.For(protectedResults, edition.Kind);
        var sources = InputFiles.Of(inputs, chosen, problems);
        var files = ReportOutputs.Render(request, inputs, results, problems, InputFiles.Note(sources), edition, out var withheld);
        var errors = problems.Any(p => p.Severity == Severity.Error);
        if (errors || (request.Strict && problems.Count > 0))
        {
            return Failed(problems, chosen);
        }

        // The manifest goes last, so that it is put in place after the outputs it describes.
        var outputDirectory = ReportOutputs.OutputDirectory(request, inputs.Project, edition);
        files = [.. files, Manifest.Create(outputDirectory, request, inputs, chosen, sources, files, new ManifestEdition(edition, leftOut, withheld))];

        var written = OutputWriter.WriteAll(files, problems);
        return written.Count == files.Count
            ? new BuildOutcome(BuildStatus.Built, problems, written.Select(path => Display(path, inputs.Project, request)).ToList(), chosen)
            {
                Edition = edition.ForDocuments.Name,
                Marking = edition.Settings.Marking,
            }
            : Failed(problems, chosen);
    }

    private static BuildOutcome Failed(List<Problem> problems, Period? period) => new(BuildStatus.Failed, problems, [], period);

    /// <summary>An output's path as the user would write it: inside the project, by the project's path; else as given with --out.</summary>
    private static string Display(string path, ProjectFile project, BuildRequest request) =>
        request.OutputDirectory is { } outDirectory
            ? Path.Join(outDirectory, Path.GetFileName(path))
            : project.DisplayPath(path);

    /// <summary>The results of the indicators one report covers, in its order, with their own RAG summary.</summary>
    internal static ReportResults ForReport(ReportResults all, ReportDefinition report)
    {
        if (report.Indicators is not { } ids)
        {
            return all;
        }

        var byId = all.Indicators.ToDictionary(r => r.Definition.Id, StringComparer.Ordinal);
        var chosen = ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        return all with { Indicators = chosen, Summary = RagSummary.For(chosen) };
    }
}
