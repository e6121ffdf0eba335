using ReportGen.Composition;
using ReportGen.Composition.Narrative;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Results;
using ReportGen.Ingest;

namespace ReportGen.Pipeline.Stages;

/// <summary>Stage 5: each report's template composed with its results, the commentary and the registers into a document.</summary>
internal static class Compose
{
    /// <summary>The watermark of a draft pack (<c>--draft</c>, <c>draft: true</c>).</summary>
    public const string DraftMark = "DRAFT";

    public static IReadOnlyList<ComposedReport> Run(BuildRequest request, ProjectInputs inputs, ReportInputs reportInputs, Calculated calculated, ProvenanceNote provenance, List<Problem> problems)
    {
        var project = inputs.Project;
        var reports = new List<ComposedReport>();
        foreach (var (report, template, formats) in reportInputs.Reports)
        {
            var input = new CompositionInput(
                ForReport(calculated.Results, report),
                reportInputs.Commentary ?? Commentary.Empty,
                reportInputs.CommentaryPath,
                project.Title,
                project.Organisation,
                project.Language,
                report.Id,
                report.Title,
                report.Settings,
                request.Created,
                report.Location,
                provenance,
                reportInputs.Registers,
                calculated.Edition.ForDocuments,
                report.SettingLocations);
            var (composed, compositionProblems) = DocumentComposer.Compose(template, input);
            problems.AddRange(compositionProblems);
            var document = request.Draft || project.Draft ? composed.WithWatermark(DraftMark) : composed;
            reports.Add(new ComposedReport(report, ProvenanceKeywords.Add(document, provenance), formats));
        }

        return reports;
    }

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
