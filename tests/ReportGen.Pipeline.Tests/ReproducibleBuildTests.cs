using System.Diagnostics;
using System.Security.Cryptography;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The same inputs and ReportGen version give byte-identical outputs (PDF, Word, results.json, manifest.json),
/// wherever the project lies and whatever the current folder: no wall-clock time, no random ids, and
/// SOURCE_DATE_EPOCH as the only time recorded.
/// </summary>
public sealed class ReproducibleBuildTests
{
    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>Runs the built reportgen in its own process, in <paramref name="workingDirectory"/>.</summary>
    private static void RunReportgen(string workingDirectory, string? sourceDateEpoch, params string[] args) =>
        RunReportgen(workingDirectory, sourceDateEpoch, processors: null, args);

    /// <summary>Runs the built reportgen as if the machine had <paramref name="processors"/> cores (the runtime's own setting), if given.</summary>
    private static void RunReportgen(string workingDirectory, string? sourceDateEpoch, int? processors, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reportgen.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("SOURCE_DATE_EPOCH");
        if (processors is { } count)
        {
            start.Environment["DOTNET_PROCESSOR_COUNT"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (sourceDateEpoch is not null)
        {
            start.Environment["SOURCE_DATE_EPOCH"] = sourceDateEpoch;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, error);
    }

    [Test]
    public void A_build_on_one_core_gives_the_bytes_of_a_build_on_two_where_the_renderers_warm_up_meanwhile()
    {
        // With two cores the renderers each render a small document of their own while the inputs are read
        // (WarmUp); with one they do not. Every file must be the same either way.
        using var first = new TempFolder();
        using var second = new TempFolder();
        var projects = new[] { first.CopyOf("havering"), second.CopyOf("havering") };
        foreach (var project in projects)
        {
            var file = Path.Combine(project, "reportgen.yaml");
            File.WriteAllText(file, File.ReadAllText(file).Replace("formats: [pdf, docx, json]", "formats: [pdf, docx, html, xlsx, json]", StringComparison.Ordinal));
        }

        RunReportgen(projects[0], "1484611200", processors: 1, "build", "--quarter", "Q3", "--project", ".");
        RunReportgen(projects[1], "1484611200", processors: 2, "build", "--quarter", "Q3", "--project", ".");

        var (one, two) = (Hashes(Path.Combine(projects[0], "out")), Hashes(Path.Combine(projects[1], "out")));
        Assert.That(one.Keys.Order(), Is.EqualTo(new[] { "crime-disorder-cpr.docx", "crime-disorder-cpr.html", "crime-disorder-cpr.pdf", "crime-disorder-cpr.xlsx", "manifest.json", "results.json" }));
        Assert.That(two, Is.EqualTo(one));
    }

    [TestCase(null)] // no time recorded at all
    [TestCase("1484611200")] // the committee's date, 17 January 2017, recorded in every output
    public void Two_copies_of_a_project_built_from_different_folders_give_the_same_bytes(string? sourceDateEpoch)
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        var projects = new[] { first.CopyOf("havering"), second.CopyOf("havering") };

        foreach (var project in projects)
        {
            // The HTML page too, which Havering's project file does not ask for by default.
            var file = Path.Combine(project, "reportgen.yaml");
            File.WriteAllText(file, File.ReadAllText(file).Replace("formats: [pdf, docx, json]", "formats: [pdf, docx, html, json]", StringComparison.Ordinal));
            RunReportgen(project, sourceDateEpoch, "build", "--quarter", "Q3", "--project", ".");
        }

        var (a, b) = (Hashes(Path.Combine(projects[0], "out")), Hashes(Path.Combine(projects[1], "out")));
        Assert.That(a.Keys.Order(), Is.EqualTo(new[] { "crime-disorder-cpr.docx", "crime-disorder-cpr.html", "crime-disorder-cpr.pdf", "manifest.json", "results.json" }));
        Assert.That(b, Is.EqualTo(a));
        var html = File.ReadAllText(Path.Combine(projects[0], "out", "crime-disorder-cpr.html"));
        Assert.That(html, sourceDateEpoch is null
            ? Does.Not.Contain("dcterms.created")
            : Does.Contain("<meta name=\"dcterms.created\" content=\"2017-01-17T00:00:00Z\">"));
    }

    [Test]
    public void Builds_into_different_output_folders_give_the_same_outputs_and_manifests_that_differ_only_in_the_command_line()
    {
        using var folder = new TempFolder();
        var outs = new[] { Path.Combine(folder.Path, "one"), Path.Combine(folder.Path, "two", "deeper") };

        foreach (var output in outs)
        {
            var (exitCode, _, error) = CommandLine.Run(["build", "--quarter", "Q3", "--project", Repository.Sample("havering"), "--out", output]);
            Assert.That(exitCode, Is.Zero, error);
        }

        var (a, b) = (Hashes(outs[0]), Hashes(outs[1]));
        Assert.That(a.Where(f => f.Key != "manifest.json"), Is.EqualTo(b.Where(f => f.Key != "manifest.json")));
        var manifests = outs.Select(o => File.ReadAllText(Path.Combine(o, "manifest.json")).Replace(o, "OUT", StringComparison.Ordinal)).ToList();
        Assert.That(manifests[1], Is.EqualTo(manifests[0]));
    }
}
