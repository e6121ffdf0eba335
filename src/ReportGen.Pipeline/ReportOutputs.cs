using ReportGen.Core.Diagnostics;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Results;
using ReportGen.Documents.Composition;
using ReportGen.Documents.Model;
using ReportGen.Documents.Rendering;
using ReportGen.Ingest;
using ReportGen.Ingest.Templates;
using ReportGen.Rendering.Docx;
using ReportGen.Rendering.Json;
using ReportGen.Rendering.Pdf;

namespace ReportGen.Pipeline;

/// <summary>Composes and renders every output of a build in memory: a PDF and a Word file per report, one results.json.</summary>
internal static class ReportOutputs
{
    public const string ResultsFileName = "results.json";

    /// <summary>
    /// Every output of <paramref name="edition"/>; <paramref name="withheld"/> counts the restricted commentary and
    /// template parts it left out (for the manifest, which says how many and nothing more).
    /// </summary>
    public static IReadOnlyList<OutputFile> Render(BuildRequest request, ProjectInputs inputs, ReportResults results, List<Problem> problems, ProvenanceNote? provenance, BuildEdition edition, out int withheld)
    {
        var project = inputs.Project;
        var outputDirectory = OutputDirectory(request, project, edition);
        var ids = inputs.Definitions.Select(d => d.Id).ToList();
        var loaded = CommentaryLoader.Load(project, results.Period, ids, includeRestricted: edition.Kind == EditionKind.Restricted);
        problems.AddRange(loaded.Problems);
        var commentary = loaded.Value is { } full ? EditionCommentary.For(full, inputs.Definitions, edition.Kind) : null;
        withheld = commentary?.Withheld.Count ?? 0;
        var commentaryPath = project.DisplayPath(Path.Combine(project.CommentaryDirectory, CommentaryLoader.FileName(results.Period)));
        var registers = Ingest.Registers.RegisterLoader.Load(project, results.Period, Themes(inputs));
        problems.AddRange(registers.Problems);

        var files = new List<OutputFile>();
        var renderers = Renderers(project, problems);
        var wantsJson = false;
        var wantsCsv = false;
        foreach (var report in project.Reports)
        {
            var formats = report.Formats.Select(f => f.ToString().ToLowerInvariant())
                .Where(f => request.Formats is null || request.Formats.Contains(f))
                .ToList();
            wantsJson |= formats.Contains("json");
            wantsCsv |= formats.Contains("csv");
            var documentFormats = formats.Where(renderers.ContainsKey).ToList();
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
                ReportBuilder.ForReport(results, report),
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
            var document = ProvenanceKeywords.Add(composed, provenance);
            problems.AddRange(compositionProblems);
            if (documentFormats.Contains("docx") && renderers["pdf"] is PdfRenderer pdf)
            {
                // Word's page references show the PDF's page numbers until Word updates its fields.
                document = document with { ExpectedAnchorPages = pdf.AnchorPages(document) };
            }

            files.AddRange(documentFormats.Select(format => new OutputFile(
                Path.Combine(outputDirectory, $"{report.Id}.{format}"),
                RenderToBytes(renderers[format], document))));
        }

        if (wantsJson)
        {
            using var stream = new MemoryStream();
            ResultsJsonWriter.Write(results, stream, edition.ForDocuments.Name);
            files.Add(new OutputFile(Path.Combine(outputDirectory, ResultsFileName), stream.ToArray()));
        }

        if (wantsCsv)
        {
            files.Add(new OutputFile(Path.Combine(outputDirectory, ResultsCsvWriter.FileName), ResultsCsvWriter.Write(results)));
        }

        return files;
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

    /// <summary>Where the outputs go: <c>--out</c>, else the edition's output folder, else the project file's.</summary>
    public static string OutputDirectory(BuildRequest request, ProjectFile project, BuildEdition edition) =>
        request.OutputDirectory is { } outDirectory ? Path.GetFullPath(outDirectory) : edition.Settings.OutputDirectory ?? project.OutputDirectory;

    // The sections and blocks of a template that the public edition leaves out.
    private static int RestrictedParts(Documents.Composition.Templates.ReportTemplate template) =>
        template.Sections.Count(s => s.Restricted) + template.Sections.Where(s => !s.Restricted).Sum(s => s.Blocks.Count(b => b.Restricted));

    private static Dictionary<string, IDocumentRenderer> Renderers(ProjectFile project, List<Problem> problems) => new(StringComparer.Ordinal)
    {
        ["pdf"] = new PdfRenderer(Fonts(project, problems)),
        ["docx"] = new DocxRenderer(),
    };

    private static PdfFontSet? Fonts(ProjectFile project, List<Problem> problems)
    {
        if (project.Fonts is not { } fonts)
        {
            return null;
        }

        byte[]? Read(string? path)
        {
            if (path is null)
            {
                return null;
            }

            try
            {
                return File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(Problem.Error(new SourceLocation(project.DisplayPath(path)), $"the font file cannot be read ({e.Message})"));
                return null;
            }
        }

        return Read(fonts.Regular) is { } regular
            ? new PdfFontSet("project", regular, Read(fonts.Bold), Read(fonts.Italic), Read(fonts.BoldItalic))
            : null;
    }

    private static byte[] RenderToBytes(IDocumentRenderer renderer, ReportDocument document)
    {
        using var stream = new MemoryStream();
        renderer.Render(document, stream);
        return stream.ToArray();
    }
}
