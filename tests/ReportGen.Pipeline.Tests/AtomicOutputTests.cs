using System.Diagnostics;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;
using ReportGen.Pipeline.Output;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// Outputs are put in place whole or not at all: builds running at once into one folder (in one process or in
/// two) each succeed and leave one complete set, and a rename that fails puts back what it had replaced.
/// </summary>
public sealed class AtomicOutputTests
{
    private static BuildRequest Quarter(int quarter, string output) => new()
    {
        ProjectDirectory = Repository.Sample("havering"),
        Period = PeriodRequest.ForQuarter(quarter, YearLabel.Parse("2016/17")),
        OutputDirectory = output,
    };

    /// <summary>Checks that every output opens and that all come from one build (the same quarter).</summary>
    private static void AssertOneWholeSet(string folder)
    {
        var quarter = OutputChecks.Json(Path.Combine(folder, "results.json")).GetProperty("period").GetString();
        Assert.That(quarter, Is.AnyOf("Q2", "Q3"));
        var label = $"Quarter {quarter![1..]} (2016/17)";
        Assert.That(OutputChecks.PdfText(Path.Combine(folder, "crime-disorder-cpr.pdf")), Does.Contain(label), "the PDF is of the same build as results.json");
        Assert.That(OutputChecks.WordText(Path.Combine(folder, "crime-disorder-cpr.docx")), Does.Contain(label), "the Word file is of the same build as results.json");
        Assert.That(OutputChecks.Leftovers(folder), Is.Empty, "no temporary file or backup is left behind");
        Assert.That(OutputChecks.Stages(folder), Is.Empty, "no staging folder is left beside it");
    }

    [Test]
    public void Two_builds_in_one_process_into_one_folder_at_once_both_succeed_and_leave_one_whole_set()
    {
        using var folder = new TempFolder();
        for (var round = 0; round < 3; round++)
        {
            using var start = new Barrier(2);
            var builds = new[] { 2, 3 }.Select(quarter => Task.Run(() =>
            {
                start.SignalAndWait();
                return ReportBuilder.Build(Quarter(quarter, folder.Path));
            })).ToArray();
            Task.WaitAll(builds);

            Assert.That(builds.Select(b => b.Result.Status), Is.All.EqualTo(BuildStatus.Built), string.Join("\n", builds.SelectMany(b => b.Result.Problems)));
            AssertOneWholeSet(folder.Path);
        }
    }

    [Test]
    public void Two_processes_building_into_one_folder_at_once_both_succeed_and_leave_one_whole_set()
    {
        using var folder = new TempFolder();
        var cli = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");
        var processes = new[] { "Q2", "Q3" }.Select(quarter =>
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in new[] { cli, "build", "--quarter", quarter, "--year", "2016/17", "--project", Repository.Sample("havering"), "--out", folder.Path })
            {
                start.ArgumentList.Add(arg);
            }

            return Process.Start(start)!;
        }).ToList();

        foreach (var process in processes)
        {
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.That(process.ExitCode, Is.Zero, error);
            process.Dispose();
        }

        AssertOneWholeSet(folder.Path);
    }

    [Test]
    public void A_rename_that_fails_puts_back_the_outputs_it_had_replaced_and_adds_none()
    {
        using var folder = new TempFolder();
        var (first, second, third) = (Path.Combine(folder.Path, "a.pdf"), Path.Combine(folder.Path, "b.docx"), Path.Combine(folder.Path, "c.json"));
        File.WriteAllText(first, "last month's a");
        File.WriteAllText(second, "last month's b");
        var problems = new List<Problem>();

        // The third rename fails, as it would on Windows with c.json open in another program.
        var written = OutputWriter.WriteAll(
            [new OutputFile(first, [1]), new OutputFile(second, [2]), new OutputFile(third, [3])],
            problems,
            target => _ = target == third ? throw new IOException("c.json is open in another program") : 0,
            exchanging: OutputChecks.CannotSwap);

        Assert.That(written, Is.Empty);
        Assert.That(problems.Single().ToString(), Does.StartWith("reportgen: could not write the outputs (c.json is open in another program)"));
        Assert.That(File.ReadAllText(first), Is.EqualTo("last month's a"));
        Assert.That(File.ReadAllText(second), Is.EqualTo("last month's b"));
        Assert.That(File.Exists(third), Is.False);
        Assert.That(OutputChecks.Leftovers(folder.Path), Is.Empty);
    }

    [Test]
    public void Each_build_stages_its_outputs_in_a_folder_of_its_own_beside_the_output_folder()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "results.json");
        var seen = new List<string>();
        void Record(string stage, string root)
        {
            Assert.That(root, Is.EqualTo(folder.Path));
            Assert.That(File.ReadAllBytes(Path.Combine(stage, "results.json")), Has.Length.EqualTo(1), "the new file is in the staging folder");
            seen.Add(stage);
        }

        OutputWriter.WriteAll([new OutputFile(target, [1])], [], exchanging: Record);
        OutputWriter.WriteAll([new OutputFile(target, [2])], [], exchanging: Record);

        Assert.That(seen.Select(Path.GetDirectoryName), Is.All.EqualTo(Path.GetDirectoryName(folder.Path)), "beside the output folder");
        Assert.That(seen.Select(Path.GetFileName), Is.All.Match($@"^\.{Path.GetFileName(folder.Path)}\.{Environment.ProcessId}-[0-9]+-[0-9a-f]{{8}}\.stage$"));
        Assert.That(seen.Distinct().Count(), Is.EqualTo(2), "two builds in one process never share a staging folder");
        Assert.That(File.ReadAllBytes(target), Is.EqualTo(new byte[] { 2 }));
        Assert.That(OutputChecks.Stages(folder.Path), Is.Empty);
    }

    [Test]
    public void Each_build_stages_its_outputs_under_temporary_names_of_its_own_when_they_go_one_at_a_time()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "results.json");
        var seen = new List<IReadOnlyList<string>>();
        void Record(string _) => seen.Add(OutputChecks.Leftovers(folder.Path));

        OutputWriter.WriteAll([new OutputFile(target, [1])], [], Record, exchanging: OutputChecks.CannotSwap);
        OutputWriter.WriteAll([new OutputFile(target, [2])], [], Record, exchanging: OutputChecks.CannotSwap);

        Assert.That(seen.Select(names => names.Count(n => n.EndsWith(".tmp", StringComparison.Ordinal))), Is.EqualTo(new[] { 1, 1 }));
        Assert.That(seen[0].Intersect(seen[1]), Is.Empty, "two builds in one process never share a temporary name");
        Assert.That(File.ReadAllBytes(target), Is.EqualTo(new byte[] { 2 }));
        Assert.That(OutputChecks.Stages(folder.Path), Is.Empty, "the staging folder is gone");
    }

    [Test]
    public void A_build_puts_its_outputs_in_place_only_when_no_other_build_is_doing_so()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "results.json");
        Task<BuildOutcome> build;
        using (OutputLock.Take([folder.Path]))
        {
            build = Task.Run(() => ReportBuilder.Build(Quarter(3, folder.Path) with { Formats = new HashSet<string> { "json" } }));
            SpinWait.SpinUntil(() => OutputChecks.Stages(folder.Path).Any(s => File.Exists(Path.Combine(Path.GetDirectoryName(folder.Path)!, s, "manifest.json"))) || build.IsCompleted, TimeSpan.FromMinutes(1));

            Assert.That(OutputChecks.Stages(folder.Path), Is.Not.Empty, "the build has staged its outputs");
            Assert.That(File.Exists(target), Is.False, "but waits for the lock to put them in place");
        }

        Assert.That(build.Result.Status, Is.EqualTo(BuildStatus.Built));
        Assert.That(File.Exists(target), Is.True);
        Assert.That(OutputChecks.Leftovers(folder.Path), Is.Empty);
        Assert.That(OutputChecks.Stages(folder.Path), Is.Empty);
    }
}
