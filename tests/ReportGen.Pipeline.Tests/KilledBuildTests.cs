using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// Real builds (the command line in a process of its own) killed with SIGKILL at random moments: some anywhere in
/// the build, most just after the build begins to write its outputs (its staging folder, or its first temporary file,
/// appears), while the outputs are being written and put in place. On Linux, where the output folder is swapped whole,
/// after every kill the folder holds exactly last quarter's set or exactly this quarter's, byte for byte, and nothing
/// else: no temporary file, no copy; beside it at most the killed builds' staging folders. Elsewhere (the outputs
/// renamed one at a time) each output is whole, and a kill between two renames may leave some of each, with the old
/// copies beside them and the old manifest. The next build succeeds, puts its whole pack in place and removes every
/// leftover. The schedule is seeded (a failure names the try to replay); REPORTGEN_KILL_SEED and REPORTGEN_KILL_TRIES
/// (bench/kill.sh runs 90) change it.
/// </summary>
[NonParallelizable]
public sealed partial class KilledBuildTests
{
    private static readonly int Seed = Setting("REPORTGEN_KILL_SEED", 20170117);
    private static readonly int Tries = Setting("REPORTGEN_KILL_TRIES", 20);

    [Test]
    public void A_build_killed_at_any_moment_leaves_whole_outputs_and_the_next_build_cleans_up()
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("havering");
        var output = Path.Combine(project, "out");
        var quarters = new[] { "Q2", "Q3" };

        // Each quarter's whole pack, built without interruption; and how long a build takes.
        var sets = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        var took = TimeSpan.Zero;
        foreach (var quarter in quarters)
        {
            var clock = Stopwatch.StartNew();
            Build(project, quarter);
            took = clock.Elapsed > took ? clock.Elapsed : took;
            sets[quarter] = Hashes(output);
            Assert.That(sets[quarter].Keys.Where(IsLeftover), Is.Empty);
        }

        Assert.That(sets["Q2"].Keys, Is.EquivalentTo(sets["Q3"].Keys));
        Assert.That(sets["Q2"].Where(f => sets["Q3"][f.Key] == f.Value), Is.Empty, "every output differs between the quarters");

        var random = new Random(Seed);
        var current = "Q3";
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var killed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Tries; i++)
        {
            var next = current == "Q2" ? "Q3" : "Q2";
            var whileWriting = random.Next(3) != 0;
            var delay = whileWriting ? TimeSpan.FromMilliseconds(random.Next(0, 100)) : took * random.NextDouble() * 1.1;
            var replay = $"seed {Seed}, try {i}: {current} in place, {next} killed {(whileWriting ? "after it began to write and" : "")} {delay.TotalMilliseconds:0} ms";

            var outcome = BuildAndKill(project, next, whileWriting, delay, out var process);
            killed.Add(process.ToString(CultureInfo.InvariantCulture));
            var files = Hashes(output);
            var stages = Stages(project);
            Assert.That(stages.All(name => killed.Contains(Stage().Match(name).Groups["process"].Value)), Is.True, $"only killed builds' staging folders: {string.Join(", ", stages)}; {replay}");
            var leftovers = files.Keys.Where(IsLeftover).ToList();
            Assert.That(leftovers.All(name => killed.Contains(Leftover().Match(name).Groups["process"].Value)), Is.True, $"only killed builds' leftovers: {string.Join(", ", leftovers)}; {replay}");
            var outputs = files.Where(f => !IsLeftover(f.Key)).ToDictionary();
            Assert.That(outputs.Keys, Is.EquivalentTo(sets[current].Keys), $"the outputs and nothing else; {replay}");
            var fromNew = outputs.Where(f => f.Value == sets[next][f.Key]).Select(f => f.Key).ToList();
            Assert.That(outputs.All(f => f.Value == sets[current][f.Key] || f.Value == sets[next][f.Key]), Is.True, $"every output is whole, last quarter's or this quarter's; {replay}");

            string state;
            if (fromNew.Count == 0)
            {
                state = "old set";
            }
            else if (fromNew.Count == outputs.Count)
            {
                state = "new set";
            }
            else
            {
                // Killed between two renames, which only the one-at-a-time way has: never where the folder is swapped.
                Assert.That(OperatingSystem.IsLinux(), Is.False, $"the folder holds exactly the old set or the new set: new {string.Join(", ", fromNew)}; {replay}");

                // The copies of the outputs already replaced are still beside them, and the manifest, renamed last,
                // still describes the old set.
                state = "mixed, between renames";
                Assert.That(fromNew, Does.Not.Contain("manifest.json"), replay);
                Assert.That(leftovers.Count(name => name.EndsWith(".bak", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(fromNew.Count), $"each replaced output's old copy is kept; {replay}");
            }

            if (OperatingSystem.IsLinux())
            {
                Assert.That(leftovers, Is.Empty, $"nothing in the folder but the outputs: no temporary file, no copy; {replay}");
            }

            var key = $"{outcome}, {state}{(stages.Count > 0 ? ", staging folder left" : "")}{(leftovers.Count > 0 ? ", leftovers" : "")}";
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;

            // After a mixture, every fourth try and at the end, a build run to the end succeeds, puts its whole pack
            // in place and removes every leftover; otherwise the next try starts from the whole set the kill left.
            if (state.StartsWith("mixed", StringComparison.Ordinal) || i % 4 == 3 || i == Tries - 1)
            {
                current = random.Next(2) == 0 ? "Q2" : "Q3";
                Build(project, current);
                Assert.That(Hashes(output), Is.EquivalentTo(sets[current]), $"the next build's whole pack and nothing else; {replay}");
                Assert.That(Stages(project), Is.Empty, $"and no staging folder beside it; {replay}");
            }
            else if (state == "new set")
            {
                current = next;
            }
        }

        var summary = string.Join("; ", outcomes.Select(o => $"{o.Key}: {o.Value}"));
        TestContext.Out.WriteLine($"seed {Seed}, {Tries} tries: {summary}");
        Assert.That(outcomes.Keys.Count(k => k.StartsWith("killed", StringComparison.Ordinal) && k.Contains(" left", StringComparison.Ordinal)), Is.Positive, $"some kills fell while the outputs were being written: {summary}");
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static bool IsLeftover(string name) => Leftover().IsMatch(name);

    /// <summary>The names the output writer gives its temporary files and copies.</summary>
    [GeneratedRegex(@"^\..+\.(?<process>[1-9][0-9]*)-[1-9][0-9]*-[0-9a-f]{8}\.(tmp|bak)\z", RegexOptions.CultureInvariant)]
    private static partial Regex Leftover();

    /// <summary>The names the output writer gives the staging folders of <c>out/</c>, beside it.</summary>
    [GeneratedRegex(@"^\.out\.(?<process>[1-9][0-9]*)-[1-9][0-9]*-[0-9a-f]{8}\.stage\z", RegexOptions.CultureInvariant)]
    private static partial Regex Stage();

    private static List<string> Stages(string project) =>
        Directory.EnumerateDirectories(project, ".out.*").Select(f => Path.GetFileName(f)!).Where(name => Stage().IsMatch(name)).ToList();

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder).ToDictionary(f => Path.GetFileName(f)!, f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    private static ProcessStartInfo Reportgen(string project, string quarter)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "reportgen.dll"), "build", "--quarter", quarter, "--project", project, "--verbose" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("SOURCE_DATE_EPOCH");
        return start;
    }

    private static void Build(string project, string quarter)
    {
        using var process = Process.Start(Reportgen(project, quarter))!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, error.Result);
        if (OperatingSystem.IsLinux())
        {
            Assert.That(error.Result, Does.Contain("put the outputs in place by swapping"), "the folder is swapped whole here");
        }
    }

    /// <summary>
    /// Starts a build and kills it (SIGKILL) <paramref name="delay"/> after it starts or, <paramref name="whileWriting"/>,
    /// after its first temporary file appears; says whether it was killed or had already finished.
    /// </summary>
    private static string BuildAndKill(string project, string quarter, bool whileWriting, TimeSpan delay, out int id)
    {
        using var process = Process.Start(Reportgen(project, quarter))!;
        id = process.Id;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        var folder = Path.Combine(project, "out");
        var name = $".{process.Id}-";
        if (whileWriting)
        {
            // Its staging folder beside out/, or (one at a time) its first temporary file in it.
            var waited = Stopwatch.StartNew();
            while (!process.HasExited && !Directory.EnumerateFileSystemEntries(project, ".out.*").Concat(Directory.EnumerateFiles(folder)).Any(f => Path.GetFileName(f).Contains(name, StringComparison.Ordinal)))
            {
                Assert.That(waited.Elapsed, Is.LessThan(TimeSpan.FromMinutes(2)), "the build writes its outputs");
                Thread.SpinWait(1000);
            }
        }

        Thread.Sleep(delay);
        var killed = false;
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
                killed = true;
            }
        }
        catch (InvalidOperationException)
        {
            // It finished just before.
        }

        process.WaitForExit();
        _ = output.Result;
        if (!killed || process.ExitCode == 0)
        {
            Assert.That(process.ExitCode, Is.Zero, error.Result);
            return "finished";
        }

        Assert.That(process.ExitCode, Is.EqualTo(137), "killed by SIGKILL");
        return "killed";
    }
}
