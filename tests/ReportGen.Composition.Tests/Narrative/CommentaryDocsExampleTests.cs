using System.Text.RegularExpressions;
using ReportGen.Composition.Narrative;
using ReportGen.Ingest.Text;

namespace ReportGen.Composition.Tests.Narrative;

/// <summary>The commentary example in docs/project-files.md is read without a problem, so the reference cannot drift from the code.</summary>
public sealed partial class CommentaryDocsExampleTests
{
    [Test]
    public void The_commentary_example_is_read_without_a_problem()
    {
        var docs = File.ReadAllText(Path.Join(Repository.Root, "docs", "project-files.md"));
        var example = MarkdownFence().Match(docs).Groups["body"].Value;
        var problems = new ProblemList();
        var commentary = CommentaryParser.Parse(example, "c.md", ["CSP1"], problems);
        Assert.That(problems.All, Is.Empty);
        Assert.That(commentary.Indicators["CSP1"].CorrectiveAction, Is.Not.Null);
        Assert.That(commentary.Narrative.Keys, Is.EqualTo(new[] { "financial implications" }));
    }

    [GeneratedRegex(@"^ *```markdown\n(?<body>.*?)^ *```$", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownFence();
}
