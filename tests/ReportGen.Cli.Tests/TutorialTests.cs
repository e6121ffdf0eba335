using System.Text.RegularExpressions;

namespace ReportGen.Cli.Tests;

/// <summary>
/// docs/tutorial.md is run as written: its <c>file=</c> and <c>append=</c> blocks are written into a fresh folder, each
/// <c>$ reportgen …</c> line of its <c>console</c> blocks runs through the command-line entry point there, exits 0, and
/// prints every output line the page shows under it.
/// </summary>
public sealed partial class TutorialTests
{
    private string _work = null!;

    [SetUp]
    public void MakeWorkFolder() => _work = Path.Join(Path.GetTempPath(), "reportgen-tutorial-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveWorkFolder()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Test]
    public void Every_command_of_the_tutorial_runs_and_prints_what_the_page_shows()
    {
        var page = File.ReadAllText(Path.Join(Path.GetDirectoryName(CommandLine.Sample("x"))!, "..", "docs", "tutorial.md")).ReplaceLineEndings("\n");
        var blocks = Fence().Matches(page);
        Assert.That(blocks.Count(b => b.Groups["info"].Value.StartsWith("console", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(6));
        Directory.CreateDirectory(_work);
        var ran = new List<string>();
        foreach (Match block in blocks)
        {
            var info = block.Groups["info"].Value;
            var body = block.Groups["body"].Value;
            if (Regex.Match(info, @"\bfile=(\S+)") is { Success: true } file)
            {
                File.WriteAllText(Path.Join(_work, file.Groups[1].Value), body);
            }
            else if (Regex.Match(info, @"\bappend=(\S+)") is { Success: true } append)
            {
                File.AppendAllText(Path.Join(_work, append.Groups[1].Value), body);
            }
            else if (info == "console")
            {
                ran.AddRange(RunConsole(body));
            }
        }

        Assert.That(ran, Is.SupersetOf(new[] { "new", "validate", "build", "list", "explain" }), "the tutorial runs each command");
        Assert.That(File.Exists(Path.Join(_work, "my-pack", "out", "corporate-performance.pdf")), Is.True);
    }

    private IEnumerable<string> RunConsole(string body)
    {
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            Assert.That(lines[i], Does.StartWith("$ reportgen "), "a console block starts with a command");
            var args = lines[i]["$ reportgen ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(arg => arg.StartsWith("my-pack", StringComparison.Ordinal) ? Path.Join(_work, arg) : arg)
                .ToArray();
            var (exitCode, output, error) = CommandLine.Run(args);
            Assert.That(exitCode, Is.Zero, $"{lines[i]}\n{error}");

            // Paths print as given: the page's my-pack/ is the test's folder.
            var printed = output.Replace(Path.Join(_work, "my-pack"), "my-pack", StringComparison.Ordinal).ReplaceLineEndings("\n");
            for (; i + 1 < lines.Length && !lines[i + 1].StartsWith("$ ", StringComparison.Ordinal); i++)
            {
                Assert.That(printed, Does.Contain(lines[i + 1].Trim()), $"'{lines[i]}' prints the line the tutorial shows");
            }

            yield return args[0];
        }
    }

    [GeneratedRegex(@"^```(?<info>[^\n]*)\n(?<body>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
