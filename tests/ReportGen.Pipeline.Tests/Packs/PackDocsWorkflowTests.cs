using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Pipeline.Tests.Packs;

/// <summary>
/// docs/scheduled-packs.md's workflows are what a scheduled job runs: the GitHub Actions workflow is read from the
/// page, its <c>reportgen</c> commands are run for each shard of its matrix on the record-level sample (its project and
/// output folders, and its month, swapped for the test's), and the shards together must write one run's packs. The
/// Azure Pipelines workflow must run the same command and the same shards.
/// </summary>
public sealed partial class PackDocsWorkflowTests
{
    private static readonly string Page = Path.Combine(Repository.Root, "docs", "scheduled-packs.md");

    [Test]
    public void The_github_workflow_runs_on_a_monthly_schedule_and_uploads_each_shards_packs()
    {
        var workflow = Workflow("## GitHub Actions");
        var cron = Scalar(Schedule(workflow), "cron");
        Assert.That(cron, Does.Match(@"^\S+ \S+ \d+ \* \*$"), "once a month");
        var job = At(workflow, "jobs", "packs");
        var steps = ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().ToList();
        Assert.That(steps.Select(s => Scalar(s, "run")).OfType<string>(), Has.Some.StartWith("dotnet tool install --global ReportGen"));
        var upload = steps.Single(s => Scalar(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        Assert.That(Scalar((YamlMappingNode)upload["with"], "name"), Does.Contain("${{ matrix.shard }}"));
        Assert.That(Scalar((YamlMappingNode)upload["with"], "path"), Is.EqualTo("out/"));
        Assert.That(Commands(steps.Select(s => Scalar(s, "run"))).Single(), Does.Contain("--strict").And.Contain("--shard ${{ matrix.shard }}/4"));
    }

    [Test]
    public void The_github_workflows_commands_build_every_pack_once_over_the_shards()
    {
        var workflow = Workflow("## GitHub Actions");
        var job = At(workflow, "jobs", "packs");
        var shards = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)job["strategy"])["matrix"])["shard"]).Children.Select(s => ((YamlScalarNode)s).Value!).ToList();
        Assert.That(shards, Is.EqualTo(new[] { "1", "2", "3", "4" }));
        var command = Commands(((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().Select(s => Scalar(s, "run"))).Single();

        using var folder = new TempFolder();
        var project = ForEachRun.SampleWithCrimes(folder, "crime", lines => lines.Where(l => !l.EndsWith(",Fraud and Forgery", StringComparison.Ordinal)));
        var output = Path.Combine(folder.Path, "out");
        foreach (var shard in shards)
        {
            var args = Arguments(command.Replace("${{ matrix.shard }}", shard, StringComparison.Ordinal), project, output);
            var run = CommandLine.Run(args);
            Assert.That(run.ExitCode, Is.EqualTo(0), $"shard {shard}: {run.Error}");
            Assert.That(File.Exists(Path.Combine(output, $"manifest.shard-{shard}-of-4.json")), shard);
        }

        var union = ForEachRun.Files(output).Where(f => !f.Key.StartsWith("manifest.shard-", StringComparison.Ordinal)).ToList();
        var unsharded = Arguments(ShardOption().Replace(command.Replace("${{ matrix.shard }}", "1", StringComparison.Ordinal), string.Empty), project, output);
        Directory.Move(output, Path.Combine(folder.Path, "shards"));
        Assert.That(CommandLine.Run(unsharded).ExitCode, Is.EqualTo(0));
        var one = ForEachRun.Files(output).Where(f => f.Key != "manifest.json").ToList();
        Assert.That(union.Select(f => f.Key), Is.EqualTo(one.Select(f => f.Key)));
        Assert.That(union.Count(f => f.Key.EndsWith(".pdf", StringComparison.Ordinal)), Is.EqualTo(3));
        for (var i = 0; i < one.Count; i++)
        {
            Assert.That(union[i].Value, Is.EqualTo(one[i].Value), one[i].Key);
        }
    }

    [Test]
    public void The_azure_pipeline_runs_the_same_command_over_the_same_shards()
    {
        var github = Workflow("## GitHub Actions");
        var githubCommand = Commands(((YamlSequenceNode)At(github, "jobs", "packs")["steps"]).Children.Cast<YamlMappingNode>().Select(s => Scalar(s, "run"))).Single();
        var azure = Workflow("## Azure Pipelines");
        Assert.That(Scalar((YamlMappingNode)((YamlSequenceNode)azure.Children[new YamlScalarNode("schedules")]).Children[0], "cron"), Is.EqualTo(Scalar(Schedule(github), "cron")));
        var job = (YamlMappingNode)((YamlSequenceNode)azure.Children[new YamlScalarNode("jobs")]).Children[0];
        var matrix = (YamlMappingNode)((YamlMappingNode)job["strategy"])["matrix"];
        Assert.That(matrix.Children.Values.Select(v => Scalar((YamlMappingNode)v, "shard")), Is.EqualTo(new[] { "1", "2", "3", "4" }));
        var steps = ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().ToList();
        var azureCommand = Commands(steps.Select(s => Scalar(s, "script"))).Single();
        Assert.That(
            azureCommand.Replace("$(shard)", "${{ matrix.shard }}", StringComparison.Ordinal).Replace("\"$(MONTH)\"", "\"$MONTH\"", StringComparison.Ordinal),
            Is.EqualTo(githubCommand));
        Assert.That(steps.Select(s => Scalar(s, "task")), Does.Contain("PublishPipelineArtifact@1"));
    }

    [Test]
    public void The_page_lists_the_contracts_exit_codes()
    {
        var contract = File.ReadAllText(Path.Combine(Repository.Root, "docs", "contract.md"));
        var rows = ExitCodeRow().Matches(contract).Select(m => m.Value).ToList();
        Assert.That(rows, Has.Count.EqualTo(3));
        Assert.That(File.ReadAllText(Page), Does.Contain(string.Join("\n", rows)));
    }

    /// <summary>The first YAML block after <paramref name="heading"/> on the page, parsed.</summary>
    private static YamlMappingNode Workflow(string heading)
    {
        var text = File.ReadAllText(Page);
        var start = text.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), heading);
        var open = text.IndexOf("```yaml\n", start, StringComparison.Ordinal) + "```yaml\n".Length;
        var close = text.IndexOf("\n```", open, StringComparison.Ordinal);
        var stream = new YamlStream();
        stream.Load(new StringReader(text[open..close]));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode At(YamlMappingNode root, params string[] keys) =>
        keys.Aggregate(root, (node, key) => (YamlMappingNode)node[key]);

    private static YamlNode Schedule(YamlMappingNode workflow) => ((YamlSequenceNode)workflow["on"]["schedule"]).Children[0];

    private static string? Scalar(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    /// <summary>The lines of the steps' scripts that run <c>reportgen</c>.</summary>
    private static List<string> Commands(IEnumerable<string?> scripts) =>
        scripts.OfType<string>().SelectMany(s => s.Split('\n')).Select(l => l.Trim()).Where(l => l.StartsWith("reportgen ", StringComparison.Ordinal)).ToList();

    /// <summary>A command's arguments as a shell would split them, with the workflow's project, output folder and month swapped for the test's.</summary>
    private static string[] Arguments(string command, string project, string output)
    {
        var words = Split(command.Replace("\"$MONTH\"", "2016-12", StringComparison.Ordinal));
        Assert.That(words[0], Is.EqualTo("reportgen"));
        Assert.That(words, Has.None.Contains("$"), "every variable of the command is given a value here");
        for (var i = 1; i < words.Count - 1; i++)
        {
            words[i + 1] = words[i] switch { "--project" => project, "--out" => output, _ => words[i + 1] };
        }

        return [.. words.Skip(1)];
    }

    private static List<string> Split(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        foreach (var c in command)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ' ' && !quoted)
            {
                if (word.Length > 0)
                {
                    words.Add(word.ToString());
                    word.Clear();
                }
            }
            else
            {
                word.Append(c);
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    [GeneratedRegex(@" --shard \S+")]
    private static partial Regex ShardOption();

    [GeneratedRegex(@"^\| `[012]` \| .+ \|$", RegexOptions.Multiline)]
    private static partial Regex ExitCodeRow();
}
