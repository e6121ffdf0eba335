using ReportGen.Composition;
using ReportGen.Composition.Narrative;
using ReportGen.Composition.Registers;
using ReportGen.Composition.Templates;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Results;
using ReportGen.Ingest;

namespace ReportGen.Pipeline.Stages;

/// <summary>
/// Stage 4: the period's commentary and registers, and each report's template, composed with the results into a
/// document per report that has a document format. Results-only reports (<c>json</c>, <c>csv</c>) need no template.
/// </summary>
internal static class Compose
{
    /// <summary>The formats rendered from a composed document; the others are written from the results alone.</summary>
    public static IReadOnlyList<string> DocumentFormats { get; } = ["pdf", "docx"];

    public static Composed Run(BuildRequest request, ProjectInputs inputs, Calculated calculated, ProvenanceNote provenance, List<Problem> problems)
    {
        var (project, results, edition) = (inputs.Project, calculated.Results, calculated.Edition);
        var ids = inputs.Definitions.Select(d => d.Id).ToList();
        var loaded = CommentaryLoader.Load(project, results.Period, ids, includeRestricted: edition.Kind == EditionKind.Restricted);
        problems.AddRange(loaded.Problems);
        var commentary = loaded.Value is { } full ? EditionCommentary.For(full, inputs.Definitions, edition.Kind) : null;
        var withheld = commentary?.Withheld.Count ?? 0;
        var commentaryPath = project.DisplayPath(Path.Combine(project.CommentaryDirectory, CommentaryLoader.FileName(results.Period)));
        var registers = RegisterLoader.Load(project, results.Period, Themes(inputs));
        problems.AddRange(registers.Problems);

        var reports = new List<ComposedReport>();
        var (wantsJson, wantsCsv) = (false, false);
        foreach (var report in project.Reports)
        {
            var formats = report.Formats.Select(f => f.ToString().ToLowerInvariant())
                .Where(f => request.Formats is null || request.Formats.Contains(f))
                .ToList();
            wantsJson |= formats.Contains("json");
            wantsCsv |= formats.Contains("csv");
            var documentFormats = formats.Where(DocumentFormats.Contains).ToList();
            if (documentFormats.Count == 0)
            {
                continue;
            }

            var template = TemplateLoader.Load(project, report);
            problems.AddRange(template.Problems);
            if (template.Value is null || template.HasErrors)
            {
                continue;
            }

            withheld += edition.Kind == EditionKind.Public ? RestrictedParts(template.Value) : 0;
            var input = new CompositionInput(
                ForReport(results, report),
                commentary ?? Commentary.Empty,
                commentaryPath,
                project.Title,
                project.Organisation,
                project.Language,
                report.Id,
                report.Title,
                report.Settings,
                request.Created,
                report.Location,
                provenance,
                registers.Value,
                edition.ForDocuments);
            var (composed, compositionProblems) = DocumentComposer.Compose(template.Value, input);
            problems.AddRange(compositionProblems);
            reports.Add(new ComposedReport(report, ProvenanceKeywords.Add(composed, provenance), documentFormats));
        }

        return new Composed(reports, wantsJson, wantsCsv, withheld);
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

    /// <summary>The goal keys registers may name: the indicators' goals and the keys of each report's <c>goals</c> setting.</summary>
    private static IReadOnlyCollection<string> Themes(ProjectInputs inputs)
    {
        var themes = inputs.Definitions.Select(d => d.Goal).OfType<string>().ToList();
        foreach (var report in inputs.Project.Reports)
        {
            if (report.Settings.TryGetValue("goals", out var goals) && goals is IEnumerable<object?> entries)
            {
                themes.AddRange(entries.Select(e => e is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault("key") : e).OfType<string>());
            }
        }

        return themes.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    // The sections and blocks of a template that the public edition leaves out.
    private static int RestrictedParts(ReportTemplate template) =>
        template.Sections.Count(s => s.Restricted) + template.Sections.Where(s => !s.Restricted).Sum(s => s.Blocks.Count(b => b.Restricted));
}
