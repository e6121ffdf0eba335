using ReportGen.Composition;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;
using ReportGen.Ingest;
using ReportGen.Ingest.Text;
using ReportGen.Pipeline.Output;
using ReportGen.Pipeline.Stages;

namespace ReportGen.Pipeline.Packs;

/// <summary>
/// A <c>--for-each</c> run: the project read once (every extract in one pass), the period, the reports' inputs and
/// the fonts once, then the inputs split by the breakdown (<see cref="SplitByBreakdown"/>) and each group's pack
/// calculated, composed and rendered in memory, several at once (at most one per processor), each into its own folder
/// with its own manifest as a build of the whole has. The packs are put together in the groups' order whatever order
/// they finish in, so the bytes are those of a run one pack at a time. As with one build, nothing is written unless
/// every pack succeeded; the run manifest (<see cref="RunManifest"/>) is written last.
/// </summary>
internal static class PackRunner
{
    /// <summary>The most groups a message lists by name.</summary>
    private const int MaxListed = 40;

    /// <summary>Builds (or, with <paramref name="write"/> false, checks) a pack for each chosen group of the breakdown.</summary>
    public static BuildOutcome Run(BuildRequest request, PackRequest packs, bool write)
    {
        var problems = new List<Problem>();
        if (!Directory.Exists(request.ProjectDirectory))
        {
            problems.Add(Problem.Error(null, $"the project folder '{request.ProjectDirectory}' does not exist; give --project the folder holding reportgen.yaml"));
            return new BuildOutcome(BuildStatus.BadRequest, problems, [], null);
        }

        if (LoadProject.Run(request.ProjectDirectory, problems) is not { } inputs)
        {
            return new BuildOutcome(BuildStatus.Failed, problems, [], null);
        }

        if (Choose(inputs, packs, problems) is not { } chosen)
        {
            return new BuildOutcome(BuildStatus.BadRequest, problems, [], null);
        }

        var (split, groups) = chosen;
        if (ChoosePeriod.Run(request.Period, inputs.Observations, inputs.Project.FinancialYearStart, problems) is not { } period)
        {
            return new BuildOutcome(BuildStatus.BadRequest, problems, [], null);
        }

        var edition = BuildEdition.Of(request.Edition, inputs.Project);
        var reportInputs = LoadReportInputs.Run(request, inputs, period, edition.Kind, problems);
        var renderers = DocumentRenderers.For(inputs.Project, request.PdfA, request.ReferenceDocx, problems);
        var folders = Folders(split.Breakdown, groups, problems);

        // A group's own commentary, if its folder under commentary/ has the period's file: read here, once, in order.
        var packInputs = folders.Select(folder => folder.Length == 0 ? reportInputs : LoadReportInputs.ForGroup(reportInputs, inputs, period, edition.Kind, folder, problems)).ToList();
        var groupCommentary = folders.Where((_, i) => !ReferenceEquals(packInputs[i], reportInputs))
            .Select(folder => (Path.Combine(inputs.Project.CommentaryDirectory, folder, Composition.Narrative.CommentaryLoader.FileName(period)), "commentary"));
        var sources = InputFiles.Of(inputs, period, problems, [.. renderers.Inputs, .. groupCommentary]);
        if (ReportBuilder.NothingToWrite(request, inputs.Project, reportInputs) is { } nothing)
        {
            problems.Add(nothing);
            return new BuildOutcome(BuildStatus.BadRequest, problems, [], period);
        }

        problems.AddRange(ReportBuilder.FormatsNoReportHas(request, inputs.Project));
        var outputDirectory = ReportBuilder.OutputDirectory(request, inputs.Project, edition);
        if (problems.Any(p => p.Severity == Severity.Error))
        {
            return new BuildOutcome(BuildStatus.Failed, problems, [], period);
        }

        var shared = new Shared(request with { CommandLine = PackRequest.PackCommandLine(request.CommandLine) }, split, period, edition, reportInputs, renderers, sources, packInputs);
        var built = new PackBuilt[groups.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Math.Min(Environment.ProcessorCount, packs.MaxParallel ?? int.MaxValue)) };
        Parallel.For(0, groups.Count, parallel, i => built[i] = BuildOne(shared, groups[i], Path.Combine(outputDirectory, folders[i]), shared.PackInputs[i]));

        foreach (var pack in built)
        {
            problems.AddRange(pack.Problems);
        }

        if (problems.Any(p => p.Severity == Severity.Error) || (request.Strict && problems.Count > 0))
        {
            return new BuildOutcome(BuildStatus.Failed, problems, [], period);
        }

        var listed = groups.Select((group, i) => (group, folders[i], (IReadOnlyList<OutputFile>)built[i].Files)).ToList();
        var files = built.SelectMany(b => b.Files).Append(RunManifest.Create(outputDirectory, request, packs, split.Breakdown, period, listed)).ToList();
        var editionName = built.Length > 0 ? built[0].Edition : edition.ForDocuments.Name;
        if (!write)
        {
            return new BuildOutcome(BuildStatus.Built, problems, [], period) { Edition = editionName, Marking = edition.Settings.Marking, Reads = inputs.Project.Reads };
        }

        var written = OutputWriter.WriteAll(files, problems, progress: request.Progress, project: request.ProjectDirectory);
        return written.Count == files.Count
            ? new BuildOutcome(BuildStatus.Built, problems, written.Select(path => Display(path, outputDirectory, inputs.Project, request)).ToList(), period)
            {
                Edition = editionName,
                Marking = edition.Settings.Marking,
                Reads = inputs.Project.Reads,
            }
            : new BuildOutcome(BuildStatus.Failed, problems, [], period);
    }

    /// <summary>
    /// The split and the groups to build: every group of the breakdown, or those <c>--only</c> names, of this shard.
    /// A breakdown the data has not, or a group it has not, is a bad command line (with what there is).
    /// </summary>
    private static (SplitByBreakdown Split, IReadOnlyList<string> Groups)? Choose(ProjectInputs inputs, PackRequest packs, List<Problem> problems)
    {
        if (SplitByBreakdown.Of(inputs, packs.Breakdown) is not { } split)
        {
            var names = SplitByBreakdown.Names(inputs.Observations);
            problems.Add(Problem.Error(null, names.Count == 0
                ? $"--for-each {Excerpt.Of(packs.Breakdown)}: the data has no breakdown; a breakdown is a column of groups (a record-level extract's columns: {{ breakdown: borough }}, a measures CSV's breakdown column)"
                : $"--for-each {Excerpt.Of(packs.Breakdown)}: the data has no breakdown of that name{Suggestions.DidYouMean(packs.Breakdown, names)}; the breakdowns are {Suggestions.OneOf(names)}"));
            return null;
        }

        var all = split.Groups;
        var wanted = all;
        if (packs.Only is { } only)
        {
            var known = all.ToHashSet(StringComparer.Ordinal);
            foreach (var unknown in only.Where(v => !known.Contains(v.Trim())).Distinct(StringComparer.Ordinal))
            {
                var listed = all.Count <= MaxListed
                    ? $"; the {split.Breakdown} groups are {Suggestions.OneOf([.. all.Select(g => Excerpt.Of(g))])}"
                    : $"; the {split.Breakdown} groups are {string.Join(", ", all.Take(MaxListed).Select(g => $"'{Excerpt.Of(g)}'"))} and {all.Count - MaxListed} more";
                problems.Add(Problem.Error(null, $"--only '{Excerpt.Of(unknown)}' is not a {split.Breakdown} of the data{Suggestions.DidYouMean(unknown.Trim(), all)}{listed}"));
            }

            var asked = only.Select(v => v.Trim()).ToHashSet(StringComparer.Ordinal);
            wanted = [.. all.Where(asked.Contains)];
        }

        if (problems.Any(p => p.Severity == Severity.Error))
        {
            return null;
        }

        var index = all.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i, StringComparer.Ordinal);
        return (split, packs.Shard is { } shard ? [.. wanted.Where(g => shard.Holds(index[g]))] : wanted);
    }

    /// <summary>Each group's folder; a group that cannot be a folder or a title (a control character), or two whose folders would be one, is an error.</summary>
    private static IReadOnlyList<string> Folders(string breakdown, IReadOnlyList<string> groups, List<Problem> problems)
    {
        var folders = groups.Select(g => PackFolder.Of(g) ?? string.Empty).ToList();
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < groups.Count; i++)
        {
            // A pack's title, headers and document properties name its group, and XML cannot hold most control characters.
            if (groups[i].Any(char.IsControl))
            {
                var control = groups[i].First(char.IsControl);
                problems.Add(Problem.Error(null, $"the {breakdown} '{Excerpt.Of(groups[i])}' holds a control character (U+{(int)control:X4}), which no pack can show in its title; correct it in the data, or leave it out with --only"));
            }
            else if (folders[i].Length == 0)
            {
                problems.Add(Problem.Error(null, $"the {breakdown} '{Excerpt.Of(groups[i])}' cannot name a folder (it would be the output folder or its parent); rename it in the data, or leave it out with --only"));
            }
            else if (!taken.TryAdd(folders[i], groups[i]))
            {
                problems.Add(Problem.Error(null, $"the {breakdown} groups '{Excerpt.Of(taken[folders[i]])}' and '{Excerpt.Of(groups[i])}' would share the folder '{folders[i]}'; make their names differ by more than case or punctuation in the data"));
            }
        }

        return folders;
    }

    /// <summary>One group's pack: stages 4 to 7 of a build over its own inputs, in memory, its problems marked with the group.</summary>
    private static PackBuilt BuildOne(Shared shared, string group, string folder, ReportInputs reportInputs)
    {
        var problems = new List<Problem>();
        var inputs = shared.Split.For(group);
        var pack = new PackOf(shared.Split.Breakdown, group);
        var calculated = Calculate.Run(inputs, shared.Period, shared.Edition, problems);
        var composed = Compose.Run(shared.Request, inputs, reportInputs, calculated, InputFiles.Note(shared.Sources), problems, pack)
            .Select(report => NumberPages.Run(report with { Document = shared.Renderers.Styled(report.Document) }, shared.Renderers.Pages))
            .ToList();
        var files = Render.Run(composed, reportInputs, calculated, folder, shared.Renderers);
        var manifestEdition = new ManifestEdition(calculated.Edition, calculated.Edition.LeftOut, reportInputs.Withheld);
        files = [.. files, Manifest.Create(folder, shared.Request, inputs, shared.Period, shared.Sources, files, manifestEdition, pack)];
        var marked = problems.Select(p => p with { Message = $"{shared.Split.Breakdown} '{Excerpt.Of(group)}': {p.Message}" }).ToList();
        return new PackBuilt(files, marked, calculated.Edition.ForDocuments.Name);
    }

    /// <summary>An output's path as the user would write it: by the project's path, or under <c>--out</c> as given.</summary>
    private static string Display(string path, string outputDirectory, ProjectFile project, BuildRequest request) =>
        request.OutputDirectory is { } outDirectory
            ? Path.Join(outDirectory, Path.GetRelativePath(outputDirectory, path))
            : project.DisplayPath(path);

    /// <summary>What every pack of a run shares, read or worked out once.</summary>
    private sealed record Shared(
        BuildRequest Request,
        SplitByBreakdown Split,
        Period Period,
        BuildEdition Edition,
        ReportInputs ReportInputs,
        DocumentRenderers Renderers,
        IReadOnlyList<InputFile> Sources,
        IReadOnlyList<ReportInputs> PackInputs);

    /// <summary>A pack built in memory: its files (its manifest last) and its problems.</summary>
    private sealed record PackBuilt(IReadOnlyList<OutputFile> Files, IReadOnlyList<Problem> Problems, string Edition);
}
