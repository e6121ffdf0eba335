using ReportGen.Composition;
using ReportGen.Composition.Narrative;
using ReportGen.Ingest.Tests;
using ReportGen.Ingest.Text;

namespace ReportGen.Composition.Tests.Narrative;

/// <summary>Reading a commentary file's Markdown into indicator notes and narrative sections.</summary>
public sealed class CommentaryParserTests
{
    private static readonly string[] Ids = ["CSP1", "CSP2"];

    private static (Commentary Commentary, string[] Problems) Parse(string markdown)
    {
        var problems = new ProblemList();
        var commentary = CommentaryParser.Parse(markdown, "commentary/2016-17-Q3.md", Ids, problems);
        return (commentary, Problems.Lines(problems.All));
    }

    private static Commentary Clean(string markdown)
    {
        var (commentary, problems) = Parse(markdown);
        Assert.That(problems, Is.Empty);
        return commentary;
    }

    private static string[] ProblemsOf(string markdown) => Parse(markdown).Problems;

    [Test]
    public void Indicator_notes_and_narrative_sections_are_read_verbatim()
    {
        var commentary = Clean("""
            <!-- Q3 draft, checked by JB -->
            # CSP1

            ## Highlight
            Crime fell in Q3.

            ## Commentary

            Crime **rose** by 4.5% year to date.

            - burglary up
            - vehicle crime down

            ## corrective action
            Operation Autumn Nights.

            # Financial Implications

            None.

            ## Detail
            Still none.
            """);
        var csp1 = commentary.Indicators["CSP1"];
        Assert.That(csp1.Highlight, Is.EqualTo("Crime fell in Q3."));
        Assert.That(csp1.Text, Is.EqualTo("Crime **rose** by 4.5% year to date.\n\n- burglary up\n- vehicle crime down"));
        Assert.That(csp1.CorrectiveAction, Is.EqualTo("Operation Autumn Nights."));
        Assert.That(csp1.Location.ToString(), Is.EqualTo("commentary/2016-17-Q3.md:2:1"));
        var section = commentary.Narrative["financial implications"];
        Assert.That(section.Title, Is.EqualTo("Financial Implications"));
        Assert.That(section.Markdown, Is.EqualTo("None.\n\n## Detail\nStill none."));
        Assert.That(section.Location.ToString(), Is.EqualTo("commentary/2016-17-Q3.md:17:1"));
    }

    [Test]
    public void Parts_left_out_are_null()
    {
        var csp2 = Clean("# CSP2\n## Commentary\nSteady.\n").Indicators["CSP2"];
        Assert.That((csp2.Highlight, csp2.Text, csp2.CorrectiveAction), Is.EqualTo(((string?)null, "Steady.", (string?)null)));
    }

    [Test]
    public void Setext_headings_and_indented_code_are_kept()
    {
        var section = Clean("Policy context\n==============\n\n    indented code\n\nText.\n").Narrative["policy context"];
        Assert.That(section.Markdown, Is.EqualTo("    indented code\n\nText."));
    }

    [Test]
    public void An_empty_file_is_no_commentary()
    {
        var commentary = Clean("");
        Assert.That(commentary.Indicators, Is.Empty);
        Assert.That(commentary.Narrative, Is.Empty);
    }

    [TestCase("Intro.\n\n# CSP1\n## Commentary\nx\n", "commentary/2016-17-Q3.md:1:1: this text comes before the first heading; put it under a heading (# CSP1 for an indicator, # Financial implications for a section)")] // text before the first heading
    [TestCase("## Commentary\nx\n", "commentary/2016-17-Q3.md:1:1: this text comes before the first heading; put it under a heading (# CSP1 for an indicator, # Financial implications for a section)")] // a level-2 heading is not a section
    [TestCase("# CSP1\nLoose text.\n## Commentary\nx\n", "commentary/2016-17-Q3.md:2:1: this text under '# CSP1' is not under '## Commentary', '## Corrective action' or '## Highlight'; put it under one of them")] // loose text under an indicator
    [TestCase("# CSP1\n## Comentary\nx\n", "commentary/2016-17-Q3.md:2:1: '## Comentary' is not a part of an indicator's notes; did you mean '## Commentary'?")] // a typo in a part heading gets a suggestion
    [TestCase("# CSP1\n## Risks\nx\n", "commentary/2016-17-Q3.md:2:1: '## Risks' is not a part of an indicator's notes; write '## Commentary', '## Corrective action' or '## Highlight'")] // an unknown part heading lists the three
    [TestCase("# CSP1\n## Commentary\nx\n# Risks\ny\n# CSP1\n## Highlight\nz\n", "commentary/2016-17-Q3.md:6:1: '# CSP1' is given twice (first at line 1); put all of CSP1's notes under one heading")] // the same indicator twice
    [TestCase("# Risks\ny\n# risks \nz\n", "commentary/2016-17-Q3.md:3:1: '# risks' is given twice (first at line 1); put the section under one heading")] // keys are trimmed and lower-cased
    [TestCase("# CSP1\n## Commentary\nx\n## commentary\ny\n", "commentary/2016-17-Q3.md:4:1: '## commentary' is given twice under '# CSP1' (first at line 2); keep one")] // a part twice (names match in any case)
    [TestCase("# CSP1\n## Highlight\n## Commentary\nx\n", "commentary/2016-17-Q3.md:2:1: warning: '## Highlight' under '# CSP1' has no text; write it or remove the heading")] // an empty part
    [TestCase("# CSP11\nx\n", "commentary/2016-17-Q3.md:1:1: warning: '# CSP11' is not an indicator id, so it is read as a narrative section; did you mean '# CSP1'?")] // a near-miss id would silently become a narrative section
    [TestCase("#\nx\n", "commentary/2016-17-Q3.md:1:1: this heading is empty; write an indicator id (# CSP1) or a section title (# Financial implications)")] // an empty heading
    public void Misplaced_and_duplicate_headings_are_reported(string markdown, string expected) =>
        Assert.That(ProblemsOf(markdown), Is.EqualTo(new[] { expected }));
}
