using System.Security.Cryptography;
using ReportGen.Core.Periods;
using ReportGen.Pipeline.Output;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// A build killed part-way leaves its temporary files and backup copies in the output folder; the next build
/// removes them, by their exact names and only under the output lock, and leaves every other file alone.
/// </summary>
public sealed class AtomicOutputLeftoverTests
{
    /// <summary>A process number no running process has (above any on Linux, and odd, which none is on Windows).</summary>
    private const int Gone = 2147483601;

    private static readonly string[] KilledBuilds =
    [
        $".results.json.{Gone}-1-0123abcd.tmp",
        $".crime-disorder-cpr.pdf.{Gone}-1-0123abcd.tmp",
        $".crime-disorder-cpr.docx.{Gone}-3-89abcdef.bak",
        $".manifest.json.{Gone}-12-fedcba98.bak",
        $".last-years-name.pdf.{Gone}-2-00000000.tmp",
    ];

    private static readonly string[] LookAlikes =
    [
        ".foo.tmp",
        ".results.json.tmp",
        ".results.json.bak",
        $"results.json.{Gone}-1-0123abcd.tmp",
        $".results.json.{Gone}-1-0123ABCD.tmp",
        $".results.json.{Gone}-1-0123abc.tmp",
        $".results.json.{Gone}-1-0123abcde.tmp",
        $".results.json.{Gone}-1-0123abcd.tmp.keep",
        $".results.json.{Gone}-1-0123abcd.old",
        $".results.json.0{Gone}-1-0123abcd.tmp",
        $".results.json.{Gone}-0-0123abcd.tmp",
        $".results.json.{Gone}-1-0123abcd.TMP",
        $"..{Gone}-1-0123abcd.tmp",
        "notes.txt",
    ];

    private static BuildRequest Quarter(string output) => new()
    {
        ProjectDirectory = Repository.Sample("havering"),
        Period = PeriodRequest.ForQuarter(3, YearLabel.Parse("2016/17")),
        OutputDirectory = output,
    };

    private static Dictionary<string, string> Hashes(string folder, IEnumerable<string> except) =>
        Directory.EnumerateFiles(folder).Select(f => Path.GetFileName(f)).Except(except)
            .ToDictionary(name => name, name => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, name)))));

    [Test]
    public void A_build_removes_the_leftovers_of_killed_builds_by_their_exact_names_and_nothing_else()
    {
        using var clean = new TempFolder();
        using var folder = new TempFolder();
        Assert.That(ReportBuilder.Build(Quarter(clean.Path)).Status, Is.EqualTo(BuildStatus.Built));
        foreach (var name in KilledBuilds.Concat(LookAlikes))
        {
            File.WriteAllText(Path.Combine(folder.Path, name), "left here");
        }

        var running = $".results.json.{Environment.ProcessId}-999999-0123abcd.tmp";
        File.WriteAllText(Path.Combine(folder.Path, running), "a build of this process, still running");

        var outcome = ReportBuilder.Build(Quarter(folder.Path));

        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        Assert.That(KilledBuilds.Where(name => File.Exists(Path.Combine(folder.Path, name))), Is.Empty, "the leftovers of killed builds are gone");
        Assert.That(LookAlikes.Where(name => File.ReadAllText(Path.Combine(folder.Path, name)) == "left here"), Is.EqualTo(LookAlikes), "files that only look like them stay, untouched");
        Assert.That(File.Exists(Path.Combine(folder.Path, running)), Is.True, "a build still running keeps its own");
        Assert.That(Hashes(folder.Path, LookAlikes.Append(running)), Is.EqualTo(Hashes(clean.Path, [])), "the outputs are those of a build into an empty folder");
    }

    [Test]
    public void Leftovers_are_removed_only_under_the_output_lock()
    {
        using var folder = new TempFolder();
        var leftover = Path.Combine(folder.Path, $".results.json.{Gone}-1-0123abcd.tmp");
        File.WriteAllText(leftover, "left here");
        Task<BuildOutcome> build;
        using (OutputLock.Take([folder.Path]))
        {
            build = Task.Run(() => ReportBuilder.Build(Quarter(folder.Path) with { Formats = new HashSet<string> { "json" } }));
            Assert.That(build.Wait(TimeSpan.FromSeconds(2)), Is.False, "the build waits for the lock");
            Assert.That(File.Exists(leftover), Is.True, "and touches nothing while another holds it");
        }

        Assert.That(build.Result.Status, Is.EqualTo(BuildStatus.Built));
        Assert.That(File.Exists(leftover), Is.False);
        Assert.That(OutputChecks.Leftovers(folder.Path), Is.Empty);
    }
}
