using ReportGen.Composition.Narrative;
using ReportGen.Composition.Registers;
using ReportGen.Composition.Templates;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Periods;

namespace ReportGen.Pipeline.Stages;

/// <summary>
/// Stage 3: what the period's reports are composed from besides the figures: the period's commentary and registers,
/// and the template of each report that has a document format (results-only reports, <c>json</c> and <c>csv</c>,
/// need none). Read once, before anything is calculated, so the manifest and the "Data sources" note can name them.
/// </summary>
internal static class LoadReportInputs
{
    /// <summary>The formats rendered from a composed document; the others are written from the results alone.</summary>
    public static IReadOnlyList<string> DocumentFormats { get; } = ["pdf", "docx", "html", "xlsx"];

    /// <summary>
    /// <paramref name="shared"/> with the commentary of one group's own folder (<c>commentary/&lt;folder&gt;/2016-17-Q3.md</c>,
    /// for <c>--for-each</c>) in place of the shared commentary, when that file exists; otherwise as it was.
    /// </summary>
    public static ReportInputs ForGroup(ReportInputs shared, ProjectInputs inputs, Period period, EditionKind edition, string folder, List<Problem> problems)
    {
        var project = inputs.Project;
        var directory = Path.Combine(project.CommentaryDirectory, folder);
        if (!File.Exists(Path.Combine(directory, CommentaryLoader.FileName(period))))
        {
            return shared;
        }

        var loaded = CommentaryLoader.Load(project with { CommentaryDirectory = directory }, period, [.. inputs.Definitions.Select(d => d.Id)], includeRestricted: edition == EditionKind.Restricted);
        problems.AddRange(loaded.Problems);
        return loaded.Value is { } full
            ? shared with
            {
                Commentary = EditionCommentary.For(full, inputs.Definitions, edition),
                CommentaryPath = project.DisplayPath(Path.Combine(directory, CommentaryLoader.FileName(period))),
            }
            : shared;
    }

    public static ReportInputs Run(BuildRequest request, ProjectInputs inputs, Period period, EditionKind edition, List<Problem> problems)
    {
        var project = inputs.Project;
        var ids = inputs.Definitions.Select(d => d.Id).ToList();
        var loaded = CommentaryLoader.Load(project, period, ids, includeRestricted: edition == EditionKind.Restricted);
        problems.AddRange(loaded.Problems);
        var commentary = loaded.Value is { } full ? EditionCommentary.For(full, inputs.Definitions, edition) : null;
        var withheld = commentary?.Withheld.Count ?? 0;
        var commentaryPath = project.DisplayPath(Path.Combine(project.CommentaryDirectory, CommentaryLoader.FileName(period)));
        var registers = RegisterLoader.Load(project, period, Themes(inputs));
        problems.AddRange(registers.Problems);

        var reports = new List<ReportToCompose>();
        var (wantsJson, wantsCsv) = (false, false);
        foreach (var report in project.Reports)
        {
            var formats = report.Formats.Select(f => f.ToString().ToLowerInvariant())
                .Where(f => request.Formats is null || request.Formats.Contains(f))
                .ToList();
            wantsJson |= formats.Contains("json");
            wantsCsv |= formats.Contains("csv");
            // Every report's template is read and checked in every build, even one writing only JSON, so that a
            // misspelt template name never waits for the month someone asks for the PDF.
            var template = TemplateLoader.Load(project, report);
            problems.AddRange(template.Problems);
            var documentFormats = formats.Where(DocumentFormats.Contains).ToList();
            if (documentFormats.Count == 0 || template.Value is null || template.HasErrors)
            {
                continue;
            }

            withheld += edition == EditionKind.Public ? RestrictedParts(template.Value) : 0;
            reports.Add(new ReportToCompose(report, template.Value, documentFormats));
        }

        return new ReportInputs(commentary, commentaryPath, registers.Value, reports, wantsJson, wantsCsv, withheld);
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
