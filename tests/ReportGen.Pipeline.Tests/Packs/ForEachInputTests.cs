namespace ReportGen.Pipeline.Tests.Packs;

/// <summary>
/// <c>--for-each</c> against bad command lines and hostile groups: a breakdown or group the data has not is exit code 2
/// with what there is; a group's name never writes outside the output folder, however it is spelled.
/// </summary>
public sealed class ForEachInputTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void MakeFolder() => _folder = new TempFolder();

    [TearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public void A_breakdown_the_data_has_not_is_a_bad_command_line_naming_the_breakdowns()
    {
        var project = _folder.CopyOf("record-level");
        var output = Path.Combine(_folder.Path, "out");
        var run = ForEachRun.Build(project, output, "--for-each", "borugh");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("reportgen: --for-each borugh: the data has no breakdown of that name; did you mean 'borough'?; the breakdowns are 'borough'"));
        Assert.That(Directory.Exists(output), Is.False);
    }

    [Test]
    public void A_group_only_names_that_the_data_has_not_is_a_bad_command_line_with_did_you_mean()
    {
        var project = _folder.CopyOf("record-level");
        var output = Path.Combine(_folder.Path, "out");
        var run = ForEachRun.Build(project, output, "--for-each", "Borough", "--only", "Haverng,Redbridge");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("--only 'Haverng' is not a borough of the data; did you mean 'Havering'?; the borough groups are 'Barking and Dagenham', 'Havering' or 'Redbridge'"));
        Assert.That(Directory.Exists(output), Is.False);
    }

    [TestCase("--only", "Havering")]
    [TestCase("--shard", "1/2")]
    public void Only_and_shard_need_for_each(string option, string value)
    {
        var run = ForEachRun.Build(_folder.CopyOf("record-level"), Path.Combine(_folder.Path, "out"), option, value);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain($"{option} goes with --for-each"));
    }

    [TestCase("0/3")]
    [TestCase("4/3")]
    [TestCase("1/0")]
    [TestCase("x")]
    [TestCase("1/2/3")]
    [TestCase("-1/3")]
    public void A_shard_that_is_not_K_of_N_is_a_bad_command_line(string shard)
    {
        var run = ForEachRun.Build(_folder.CopyOf("record-level"), Path.Combine(_folder.Path, "out"), "--for-each", "borough", $"--shard={shard}");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain($"--shard '{shard}' is not a shard; write K/N"));
        Assert.That(run.Error, Does.Not.Contain("   at "));
    }

    [Test]
    public void Validate_takes_for_each_checks_every_pack_and_writes_nothing()
    {
        var project = _folder.CopyOf("record-level");
        var before = FolderSnapshot.Of(project);
        var run = CommandLine.Run(["validate", "--project", project, .. ForEachRun.Q3, "--for-each", "borough", "--strict"]);
        Assert.That(run.ExitCode, Is.EqualTo(1), "the unmapped fraud records and Redbridge's Red without corrective action are warnings");
        Assert.That(run.Error, Does.Contain("warning: borough 'Redbridge': ALL (All crime) is rated Red but has no corrective action"));
        Assert.That(FolderSnapshot.Of(project).ChangesSince(before), Is.Empty);
        var bad = CommandLine.Run(["validate", "--project", project, .. ForEachRun.Q3, "--for-each", "ward"]);
        Assert.That(bad.ExitCode, Is.EqualTo(2));
        Assert.That(bad.Error, Does.Contain("the breakdowns are 'borough'"));
    }

    [Test]
    public void Hostile_group_names_are_made_safe_folders_inside_the_output_folder()
    {
        var longName = string.Concat(Enumerable.Repeat("Very Long Borough Name ", 20));
        var names = new Dictionary<string, string>
        {
            ["Havering"] = "../x",
            ["Redbridge"] = "Ōtāhuhu \u6771\u4eac \U0001F600",
            ["Barking and Dagenham"] = longName,
        };
        var project = ForEachRun.SampleWithCrimes(_folder, "hostile", lines => lines.Select((l, i) =>
        {
            var fields = l.Split(',');
            if (i > 0 && names.TryGetValue(fields[2], out var name))
            {
                fields[2] = i % 97 == 0 ? string.Empty : name.Contains(' ', StringComparison.Ordinal) && name.Length > 100 ? $"\"{name}\"" : name;
            }

            return string.Join(',', fields);
        }));
        var parent = Path.Combine(_folder.Path, "parent");
        var output = Path.Combine(parent, "out");
        var run = ForEachRun.Build(project, output, "--for-each", "borough");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);

        Assert.That(Directory.GetFileSystemEntries(parent).Select(Path.GetFileName), Is.EqualTo(new[] { "out" }), "nothing beside the output folder");
        var folders = Directory.GetDirectories(output).Select(Path.GetFileName).ToList();
        Assert.That(folders, Has.Count.EqualTo(3), "the rows with an empty borough are in the whole only: no folder of their own");
        Assert.That(folders, Does.Contain("_._x"));
        Assert.That(folders, Does.Contain("Ōtāhuhu \u6771\u4eac \U0001F600"));
        var cut = folders.Single(f => f!.StartsWith("Very Long", StringComparison.Ordinal))!;
        Assert.That(cut, Has.Length.LessThanOrEqualTo(60).And.Match(@"~[0-9a-f]{8}$"));
        var packs = ForEachRun.Packs(Path.Combine(output, "manifest.json"));
        Assert.That(packs.Select(p => p.Value), Does.Contain(longName.Trim()).And.Contain("../x"));
        Assert.That(packs.Single(p => p.Value == "../x").Files, Has.All.StartWith("_._x/"));
        foreach (var folder in folders)
        {
            Assert.That(File.Exists(Path.Combine(output, folder!, "results.json")), folder);
        }
    }

    [TestCase("..")]
    [TestCase(".")]
    public void A_group_that_would_be_the_output_folder_or_its_parent_is_refused_and_nothing_is_written(string hostile)
    {
        var project = ForEachRun.SampleWithCrimes(_folder, "dots", lines => lines.Select(l => l.Replace(",Havering,", $",{hostile},", StringComparison.Ordinal)));
        var output = Path.Combine(_folder.Path, "out");
        var run = ForEachRun.Build(project, output, "--for-each", "borough");
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain($"reportgen: the borough '{hostile}' cannot name a folder (it would be the output folder or its parent)"));
        Assert.That(Directory.Exists(output), Is.False);
    }

    [Test]
    public void Two_groups_that_would_share_a_folder_are_refused()
    {
        var project = ForEachRun.SampleWithCrimes(_folder, "clash", lines => lines.Select(l => l
            .Replace(",Havering,", ",A/B,", StringComparison.Ordinal)
            .Replace(",Redbridge,", ",a:b,", StringComparison.Ordinal)));
        var output = Path.Combine(_folder.Path, "out");
        var run = ForEachRun.Build(project, output, "--for-each", "borough");
        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("the borough groups 'A/B' and 'a:b' would share the folder 'a_b'"));
        Assert.That(Directory.Exists(output), Is.False);
    }
}
