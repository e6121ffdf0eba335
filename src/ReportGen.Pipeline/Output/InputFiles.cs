using ReportGen.Composition;
using ReportGen.Composition.Narrative;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;
using ReportGen.Ingest;
using ReportGen.Pipeline.Stages;

namespace ReportGen.Pipeline.Output;

/// <summary>
/// The files a build reads, each with its size and SHA-256: the project file, the data (with rows read and used),
/// the indicator definitions, the period's commentary, the project's own templates and fonts, and any other input the
/// caller names (a reference document, a group's own commentary).
/// </summary>
internal static class InputFiles
{
    /// <summary>
    /// Every input of the build of <paramref name="period"/>, in the order above, with the size and hash recorded when
    /// it was read (<see cref="ProjectFile.Reads"/>). A file the build had no need to read (the template of a report
    /// not built this time) is read here for its hash alone, streamed; one that cannot be read is an error.
    /// </summary>
    public static IReadOnlyList<InputFile> Of(ProjectInputs inputs, Period period, List<Problem> problems, IEnumerable<(string Path, string Role)>? more = null)
    {
        var project = inputs.Project;
        var files = new List<(string Path, string Role, DataFileRows? Rows)> { (project.FilePath, "project", null) };
        files.AddRange(inputs.DataRows.Select(rows => (rows.Path, "data", (DataFileRows?)rows)));
        files.AddRange(project.IndicatorFiles.Select(path => (path, "indicators", (DataFileRows?)null)));
        files.AddRange(project.Registers.Select(register => (register.Path, "register", (DataFileRows?)null)));
        var commentary = Path.Join(project.CommentaryDirectory, CommentaryLoader.FileName(period));
        if (File.Exists(commentary))
        {
            files.Add((commentary, "commentary", null));
        }

        foreach (var template in project.Reports.Select(r => r.TemplatePath).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            files.Add((Directory.Exists(template) ? Path.Combine(template, "template.yaml") : template, "template", null));
        }

        if (project.Fonts is { } fonts)
        {
            files.AddRange(new[] { fonts.Regular, fonts.Bold, fonts.Italic, fonts.BoldItalic }.OfType<string>().Select(path => (path, "font", (DataFileRows?)null)));
        }

        // The build's other inputs: a reference document, the groups' own commentary of a --for-each run.
        files.AddRange((more ?? []).Select(m => (m.Path, m.Role, (DataFileRows?)null)));
        var result = new List<InputFile>();
        foreach (var (path, role, rows) in files.DistinctBy(f => f.Path, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(project.Directory, path).Replace('\\', '/');
            try
            {
                var read = project.Reads.Find(path) ?? project.Reads.Hash(path);
                result.Add(new InputFile(relative, role, read.Size, read.Sha256, rows));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(Problem.Error(new SourceLocation(project.DisplayPath(path)), $"cannot be read again for the manifest ({e.Message}); was it changed or moved during the build?"));
            }
        }

        return result;
    }

    /// <summary>The inputs as the pack's "Data sources" note lists them.</summary>
    public static ProvenanceNote Note(IReadOnlyList<InputFile> inputs) => new(
        ToolVersion.Short,
        inputs.Select(i => new SourceNote(i.Path, i.Role, i.Sha256, i.LastPeriod, i.Rows?.Read, i.Rows?.Used)).ToList());
}
