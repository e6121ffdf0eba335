using System.Security.Cryptography;
using System.Text.Json;
using ReportGen.Core.Periods;
using ReportGen.Pipeline.Packs;

namespace ReportGen.Pipeline.Tests.Packs;

/// <summary>
/// <c>reportgen build --for-each borough</c> on the record-level sample: a folder per borough with the borough's own
/// figures and targets, <c>--only</c>, <c>--shard</c>, the run manifest, and a parallel run the same bytes as a serial one.
/// </summary>
public sealed class ForEachBuildTests
{
    private static readonly string[] Boroughs = ["Barking and Dagenham", "Havering", "Redbridge"];

    private TempFolder _folder = null!;
    private string _project = null!;
    private string _all = null!;
    private (int ExitCode, string Output, string Error) _run;

    [OneTimeSetUp]
    public void BuildEveryBorough()
    {
        _folder = new TempFolder();
        _project = _folder.CopyOf("record-level");
        _all = Path.Combine(_folder.Path, "all");
        _run = ForEachRun.BuildAndKeep(_project, Out, _all, "--for-each", "borough");
    }

    /// <summary>The output folder every run of the project names (and moves away after), so that their manifests' command lines agree.</summary>
    private string Out => Path.Combine(_folder.Path, "out");

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public void Each_borough_has_its_own_folder_with_every_format_and_its_own_manifest()
    {
        Assert.That(_run.ExitCode, Is.EqualTo(0), _run.Error);
        Assert.That(Directory.GetDirectories(_all).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(Boroughs));
        Assert.That(Directory.GetFiles(_all).Select(Path.GetFileName), Is.EqualTo(new[] { "manifest.json" }));
        foreach (var borough in Boroughs)
        {
            var folder = Path.Combine(_all, borough);
            Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(new[] { "crime-summary.docx", "crime-summary.pdf", "manifest.json", "results.json" }));
            var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json"))).RootElement;
            Assert.That(manifest.GetProperty("pack").GetProperty("breakdown").GetString(), Is.EqualTo("borough"));
            Assert.That(manifest.GetProperty("pack").GetProperty("value").GetString(), Is.EqualTo(borough));
            Assert.That(manifest.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("path").GetString()), Is.EquivalentTo(new[] { "crime-summary.pdf", "crime-summary.docx", "results.json" }));
            Assert.That(string.Join("\n", PackText.PdfPages(Path.Combine(folder, "crime-summary.pdf"))), Does.Contain($"Crime Summary, {borough}: Quarter 3 (2016/17)"), "pack.value in the subject setting");
        }
    }

    [Test]
    public void The_run_manifest_lists_every_pack_and_the_hash_of_each_of_its_files()
    {
        var packs = ForEachRun.Packs(Path.Combine(_all, "manifest.json"));
        Assert.That(packs.Select(p => p.Value), Is.EqualTo(Boroughs));
        var root = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_all, "manifest.json"))).RootElement;
        Assert.That(root.GetProperty("breakdown").GetString(), Is.EqualTo("borough"));
        Assert.That(root.GetProperty("shard").ValueKind, Is.EqualTo(JsonValueKind.Null));
        foreach (var file in root.GetProperty("packs").EnumerateArray().SelectMany(p => p.GetProperty("files").EnumerateArray()))
        {
            var bytes = File.ReadAllBytes(Path.Combine(_all, file.GetProperty("path").GetString()!));
            Assert.That(file.GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
        }

        Assert.That(packs.Sum(p => p.Files.Length), Is.EqualTo(12));
    }

    [Test]
    public void A_borough_pack_has_its_own_targets_and_ratings_and_area_wide_data_stays_whole()
    {
        var havering = Indicators(Path.Combine(_all, "Havering"));
        var redbridge = Indicators(Path.Combine(_all, "Redbridge"));
        Assert.That(havering["ALL"].GetProperty("target").GetDecimal(), Is.EqualTo(938m), "targets: by: Havering, ytd at Q3");
        Assert.That(redbridge["ALL"].GetProperty("target").GetDecimal(), Is.EqualTo(1200m));
        Assert.That(redbridge["ALL"].GetProperty("rag").GetString(), Is.EqualTo("Red"), "1,293 against 1,200 is beyond 5% and worse than Q2");
        Assert.That(redbridge["VBV"].GetProperty("target").ValueKind, Is.EqualTo(JsonValueKind.Null), "no target for Redbridge: the area's 1,088 is not Redbridge's");
        Assert.That(havering["ASB"].GetProperty("ytdValue").GetDecimal(), Is.EqualTo(3718m), "the wide table has no boroughs: the area's figure in every pack");
        Assert.That(havering["ALL"].TryGetProperty("breakdowns", out var groups) ? groups.GetArrayLength() : 0, Is.Zero);
    }

    [Test]
    public void A_measures_csv_naming_its_column_borough_gives_a_borough_its_target_for_the_period()
    {
        var project = ForEachRun.SampleWithCrimes(_folder, "csv-targets", lines => lines);
        File.WriteAllText(Path.Combine(project, "data", "targets.csv"), "indicator,period,borough,value,target\nALL,2016/17 Q3,Havering,,900\nVBV,2016/17 Q3,Redbridge,,480\n");
        var projectFile = Path.Combine(project, "reportgen.yaml");
        File.WriteAllText(projectFile, File.ReadAllText(projectFile).Replace("\nindicators: indicators/", "  - { path: data/targets.csv, columns: { breakdown: borough } }\nindicators: indicators/", StringComparison.Ordinal));
        var output = Path.Combine(_folder.Path, "csv-targets-out");
        var run = ForEachRun.Build(project, output, "--for-each", "borough", "--format", "json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var havering = Indicators(Path.Combine(output, "Havering"));
        var redbridge = Indicators(Path.Combine(output, "Redbridge"));
        Assert.That((havering["ALL"].GetProperty("target").GetDecimal(), havering["ALL"].GetProperty("rag").GetString()), Is.EqualTo((900m, "Amber")), "the CSV's 900 over by: 938; 960 is beyond 5% but better than Q2");
        Assert.That(havering["VBV"].GetProperty("target").GetDecimal(), Is.EqualTo(375m), "no CSV target: by: Havering's");
        Assert.That(redbridge["VBV"].GetProperty("target").GetDecimal(), Is.EqualTo(480m), "Redbridge has no by: target for VBV; the CSV gives one");
        Assert.That(Indicators(Path.Combine(output, "Barking and Dagenham"))["VBV"].GetProperty("target").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [TestCase("Havering")]
    [TestCase("Redbridge")]
    public void A_borough_pack_has_the_figures_of_a_build_over_the_data_filtered_to_that_borough(string borough)
    {
        var filtered = ForEachRun.SampleWithCrimes(_folder, "only-" + borough, lines => lines.Take(1).Concat(lines.Skip(1).Where(l => l.Split(',')[2] == borough)));
        WithBoroughTargets(Path.Combine(filtered, "indicators", "crime.yaml"), borough);
        var output = Path.Combine(_folder.Path, "filtered-" + borough);
        var outcome = ReportBuilder.Build(new BuildRequest { ProjectDirectory = filtered, Period = PeriodRequest.ForQuarter(3, YearLabel.Parse("2016/17")), OutputDirectory = output, Formats = new HashSet<string> { "json" } });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));

        var own = Indicators(output);
        var pack = Indicators(Path.Combine(_all, borough));
        Assert.That(pack.Keys, Is.EqualTo(own.Keys));
        foreach (var (id, indicator) in own)
        {
            // A build of the filtered data still lists the one borough as a group; the pack is that borough.
            Assert.That(Without(pack[id], "breakdowns"), Is.EqualTo(Without(indicator, "breakdowns")), id);
        }

        var ownRoot = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "results.json"))).RootElement;
        var packRoot = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_all, borough, "results.json"))).RootElement;
        Assert.That(packRoot.GetProperty("ragSummary").GetRawText(), Is.EqualTo(ownRoot.GetProperty("ragSummary").GetRawText()));
        Assert.That(packRoot.GetProperty("dotSummary").GetRawText(), Is.EqualTo(ownRoot.GetProperty("dotSummary").GetRawText()));
        Assert.That(pack["ALL"].GetProperty("ytdValue").GetDecimal(), Is.EqualTo(File.ReadLines(Path.Combine(filtered, "data", "crimes.csv")).Skip(1)
            .Count(l => l.Split(',')[1] is var date && (date[6..10] == "2016" && string.CompareOrdinal(date[3..5], "04") >= 0) && l.Split(',')[3] != "Fraud and Forgery")), "counted by hand");
    }

    [Test]
    public void Only_builds_the_groups_named_with_the_same_bytes_as_the_whole_run()
    {
        var output = Path.Combine(_folder.Path, "only");
        var run = ForEachRun.BuildAndKeep(_project, Out, output, "--for-each", "borough", "--only", "Redbridge, Havering");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(Directory.GetDirectories(output).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(new[] { "Havering", "Redbridge" }));
        Assert.That(ForEachRun.Packs(Path.Combine(output, "manifest.json")).Select(p => p.Value), Is.EqualTo(new[] { "Havering", "Redbridge" }));
        var all = ForEachRun.Files(_all);
        foreach (var (path, bytes) in ForEachRun.Files(output).Where(f => f.Key != "manifest.json"))
        {
            Assert.That(bytes, Is.EqualTo(all[path]), path);
        }
    }

    [Test]
    public void The_shards_together_write_exactly_the_files_of_one_run()
    {
        var output = Path.Combine(_folder.Path, "shards");
        var listed = new List<string>();
        for (var k = 1; k <= 3; k++)
        {
            var run = ForEachRun.Build(_project, Out, "--for-each", "borough", "--shard", $"{k}/3");
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
            var packs = ForEachRun.Packs(Path.Combine(Out, $"manifest.shard-{k}-of-3.json"));
            Assert.That(packs, Has.Count.EqualTo(1), "three boroughs over three shards: sorted index mod 3");
            listed.AddRange(packs.Select(p => p.Value));
        }

        Directory.Move(Out, output);
        Assert.That(File.Exists(Path.Combine(output, "manifest.json")), Is.False, "a shard never writes the whole run's manifest");
        Assert.That(listed.Order(StringComparer.Ordinal), Is.EqualTo(Boroughs));
        var union = ForEachRun.Files(output).Where(f => !f.Key.StartsWith("manifest.shard-", StringComparison.Ordinal)).ToList();
        var whole = ForEachRun.Files(_all).Where(f => f.Key != "manifest.json").ToList();
        Assert.That(union.Select(f => f.Key), Is.EqualTo(whole.Select(f => f.Key)));
        for (var i = 0; i < whole.Count; i++)
        {
            Assert.That(union[i].Value, Is.EqualTo(whole[i].Value), whole[i].Key);
        }
    }

    [Test]
    public void A_parallel_run_writes_the_same_bytes_as_one_pack_at_a_time()
    {
        SortedDictionary<string, byte[]> Run(int maxParallel)
        {
            var output = Path.Combine(_folder.Path, $"parallel-{maxParallel}");
            var outcome = ReportBuilder.Build(new BuildRequest
            {
                ProjectDirectory = _project,
                Period = PeriodRequest.ForQuarter(3, YearLabel.Parse("2016/17")),
                OutputDirectory = output,
                Packs = new PackRequest("borough") { MaxParallel = maxParallel },
            });
            Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
            return ForEachRun.Files(output);
        }

        var serial = Run(1);
        var parallel = Run(int.MaxValue);
        Assert.That(parallel.Keys, Is.EqualTo(serial.Keys));
        foreach (var (path, bytes) in serial)
        {
            Assert.That(parallel[path], Is.EqualTo(bytes), path);
        }
    }

    [Test]
    public void Every_input_is_read_once_for_all_the_packs()
    {
        var output = Path.Combine(_folder.Path, "read-once");
        var outcome = ReportBuilder.Build(new BuildRequest
        {
            ProjectDirectory = _project,
            Period = PeriodRequest.ForQuarter(3, YearLabel.Parse("2016/17")),
            OutputDirectory = output,
            Packs = new PackRequest("borough"),
        });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        var inputs = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "Havering", "manifest.json"))).RootElement.GetProperty("inputs").EnumerateArray()
            .Select(i => Path.GetFullPath(Path.Combine(_project, i.GetProperty("path").GetString()!))).ToList();
        Assert.That(inputs, Does.Contain(Path.Combine(_project, "data", "crimes.csv")));
        foreach (var path in inputs)
        {
            Assert.That(outcome.Reads!.ReadCount(path), Is.EqualTo(1), $"{path}, for {Boroughs.Length} packs");
        }
    }

    [Test]
    public void A_pack_manifest_records_the_command_line_without_only_and_shard()
    {
        var output = Path.Combine(_folder.Path, "commandline");
        var run = ForEachRun.Build(_project, output, "--for-each", "borough", "--shard=1/2", "--only", "Havering,Barking and Dagenham");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var pack = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "Barking and Dagenham", "manifest.json"))).RootElement;
        var commandLine = pack.GetProperty("commandLine").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.That(commandLine, Does.Contain("--for-each"));
        Assert.That(commandLine, Has.None.Contains("--only").And.None.Contains("--shard").And.None.EqualTo("Havering,Barking and Dagenham"));
        var run1 = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "manifest.shard-1-of-2.json"))).RootElement;
        Assert.That(run1.GetProperty("commandLine").EnumerateArray().Select(a => a.GetString()), Does.Contain("--only"), "the run manifest keeps the command line as given");
        Assert.That(run1.GetProperty("shard").GetProperty("index").GetInt32(), Is.EqualTo(1));
    }

    private static Dictionary<string, JsonElement> Indicators(string folder) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "results.json"))).RootElement
            .GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, i => i.Clone());

    private static string Without(JsonElement indicator, string property) =>
        string.Join("\n", indicator.EnumerateObject().Where(p => p.Name != property).Select(p => $"{p.Name}={p.Value.GetRawText()}"));

    /// <summary>The sample's definitions with a borough's <c>by:</c> targets as the targets, and no <c>by:</c>.</summary>
    private static void WithBoroughTargets(string definitions, string borough)
    {
        var text = File.ReadAllText(definitions);
        var (all, vbv) = borough switch
        {
            "Havering" => ("annual: 1250\n      ytd: [313, 625, 938, 1250]", "annual: 500\n      ytd: [125, 250, 375, 500]"),
            _ => ("annual: 1600\n      ytd: [400, 800, 1200, 1600]", null),
        };
        var lines = text.Split('\n').Where(l => !l.StartsWith("    by:", StringComparison.Ordinal) && !l.StartsWith("      Havering:", StringComparison.Ordinal)
            && !l.StartsWith("      Redbridge:", StringComparison.Ordinal) && !l.StartsWith("      Barking and Dagenham:", StringComparison.Ordinal));
        text = string.Join("\n", lines);
        const string AreaAll = "annual: 4300\n      ytd: [1075, 2150, 3225, 4300]";
        const string AreaVbv = "  targets:\n    \"2016/17\":\n      annual: 1450\n      ytd: [363, 725, 1088, 1450]\n";
        Assert.That(text, Does.Contain(AreaAll).And.Contain(AreaVbv), "the sample's area targets, to swap for the borough's");
        text = text.Replace(AreaAll, all, StringComparison.Ordinal);
        text = text.Replace(AreaVbv, vbv is null ? string.Empty : $"  targets:\n    \"2016/17\":\n      {vbv}\n", StringComparison.Ordinal);
        File.WriteAllText(definitions, text);
    }
}
