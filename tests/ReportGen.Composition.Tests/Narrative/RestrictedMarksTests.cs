using ReportGen.Composition;
using ReportGen.Composition.Narrative;
using ReportGen.Composition.Templates;
using ReportGen.Ingest.Tests;
using ReportGen.Ingest.Text;

namespace ReportGen.Composition.Tests.Narrative;

/// <summary>What commentary and templates mark restricted: read in every edition, left out of the public one.</summary>
public sealed class RestrictedMarksTests
{
    private const string Commentary = """
        # Context

        Demand is rising.

        # Intelligence (restricted)

        County lines activity in two blocks.

        # CSP1

        ## Commentary

        Crime rose.

        ## Corrective action (restricted)

        A covert operation.

        # CSP2 (Restricted)

        ## Commentary

        Referrals held.

        """;

    private static (Commentary Commentary, string[] Problems) Parse(string markdown, bool includeRestricted)
    {
        var problems = new ProblemList();
        var commentary = CommentaryParser.Parse(markdown, "c.md", ["CSP1", "CSP2"], problems, includeRestricted);
        return (commentary, Problems.Lines(problems.All));
    }

    [Test]
    public void The_restricted_edition_reads_everything_as_if_unmarked()
    {
        var (commentary, problems) = Parse(Commentary, includeRestricted: true);
        Assert.That(problems, Is.Empty);
        Assert.That(commentary.Narrative.Keys, Is.EqualTo(new[] { "context", "intelligence" }), "the mark is not part of the key");
        Assert.That(commentary.Indicators["CSP1"].CorrectiveAction, Is.EqualTo("A covert operation."));
        Assert.That(commentary.Indicators["CSP2"].Text, Is.EqualTo("Referrals held."));
        Assert.That(commentary.Withheld, Is.Empty);
    }

    [Test]
    public void The_public_edition_leaves_out_sections_parts_and_whole_notes_marked_restricted()
    {
        var (commentary, problems) = Parse(Commentary, includeRestricted: false);
        Assert.That(problems, Is.Empty);
        Assert.That(commentary.Narrative.Keys, Is.EqualTo(new[] { "context" }));
        Assert.That(commentary.Indicators.Keys, Is.EqualTo(new[] { "CSP1" }));
        Assert.That((commentary.Indicators["CSP1"].Text, commentary.Indicators["CSP1"].CorrectiveAction), Is.EqualTo(("Crime rose.", (string?)null)));
        Assert.That(commentary.Withheld, Is.EquivalentTo(new[] { "intelligence", "CSP1/CorrectiveAction", "CSP2" }));
        Assert.That(commentary.WithheldCorrectiveAction("CSP1") && commentary.WithheldCorrectiveAction("CSP2"), Is.True);
    }

    [Test]
    public void Restricted_parts_are_checked_in_the_public_edition_too()
    {
        // A mistake in a restricted part is the same mistake in both editions: a public build must not hide it.
        var markdown = "# Notes (restricted)\n\nText.\n\n# notes\n\nAgain.\n";
        Assert.That(Parse(markdown, includeRestricted: false).Problems, Is.EqualTo(new[] { "c.md:5:1: '# notes' is given twice (first at line 1); put the section under one heading" }));
    }

    [Test]
    public void Template_sections_and_blocks_can_be_marked_restricted()
    {
        const string Text = """
            document: { title: T }
            sections:
              - orientation: portrait
                blocks:
                  - heading: Open
                  - markdown: Closed session only.
                    restricted: true
              - orientation: portrait
                restricted: true
                blocks:
                  - heading: Appendix 3
            """;
        var problems = new ProblemList();
        var template = TemplateReader.Read(Text, "template.yaml", "t", problems)!;
        Assert.That(Problems.Lines(problems.All), Is.Empty);
        Assert.That(template.Sections.Select(s => s.Restricted), Is.EqualTo(new[] { false, true }));
        Assert.That(template.Sections[0].Blocks.Select(b => (b.GetType().Name, b.Restricted)), Is.EqualTo(new[] { (nameof(HeadingTemplate), false), (nameof(MarkdownTemplate), true) }));
    }
}
