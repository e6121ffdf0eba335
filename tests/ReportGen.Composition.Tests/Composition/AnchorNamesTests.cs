using ReportGen.Composition;
using ReportGen.Composition.Templates;
using ReportGen.Composition.Tests.Packs;
using ReportGen.Core.Diagnostics;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Tests.Composition;

/// <summary>
/// Headings' anchors, and the page columns and <c>[text](#name)</c> links that name them: a contents page refers to
/// each sheet, and a name no heading defines (or two headings define) is a template error at its line.
/// </summary>
public sealed class AnchorNamesTests
{
    private static readonly SourceLocation ContentsLine = new("template.yaml", 12, 9);
    private static readonly SourceLocation HeadingLine = new("template.yaml", 30, 9);

    private static (ReportDocument Document, IReadOnlyList<Problem> Problems) Compose(string pageAnchor, string link, string headingAnchor)
    {
        var contents = new ListTableTemplate(ContentsLine, "Contents", ListTableTemplate.Goals,
        [
            new ColumnTemplate("Measure", ColumnKind.Text, link, 4, CellAlignment.Left),
            new ColumnTemplate("Page", ColumnKind.Page, pageAnchor, 1, CellAlignment.Right),
        ]);
        var sheet = new HeadingTemplate(HeadingLine, "{{ goal.number }}\\. {{ goal.title }}", 1) { Anchor = headingAnchor };
        var template = new ReportTemplate(
            "test",
            new TemplateDocument("Measures"),
            TemplateTheme.Default,
            [
                new TemplateSection(Orientation.Landscape, null, [contents]),
                new TemplateSection(Orientation.Landscape, null, [sheet], SectionRepeat.Goal),
            ],
            Fixtures.Here);
        return DocumentComposer.Compose(template, PackFixtures.Input());
    }

    private static (ReportDocument Document, IReadOnlyList<Problem> Problems) Contents() =>
        Compose("area-{{ row.number }}", "[{{ row.title }}](#area-{{ row.number }})", "area-{{ goal.number }}");

    [Test]
    public void Each_sheet_heading_carries_its_anchor_and_the_contents_names_it_by_page_and_by_link()
    {
        var (document, problems) = Contents();
        var rows = document.Sections[0].Blocks.OfType<Table>().Single().BodyRows;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problems, Is.Empty);
            Assert.That(document.Sections.Skip(1).Select(s => s.Blocks.OfType<Heading>().Single().Anchor), Is.EqualTo(new[] { "area-1", "area-7" }));
            Assert.That(rows.Select(r => r.Cells[1].Content.OfType<Paragraph>().Single().Content.Single()), Is.EqualTo(new Inline[]
            {
                new PageReference("area-1"),
                new PageReference("area-7"),
            }));
            Assert.That(rows.Select(r => r.Cells[0].Content.OfType<Paragraph>().Single().Content.Single()), Is.EqualTo(new Inline[]
            {
                new AnchorLink("A Better Criminal Justice System", "area-1"),
                new AnchorLink("Tackling Violence Against Women and Girls", "area-7"),
            }));
        }
    }

    [Test]
    public void A_page_column_naming_an_anchor_no_heading_has_is_an_error_at_the_table_once_per_name()
    {
        // Both rows name the same missing anchor: one problem, not one per row.
        var problems = Compose("nope", "{{ row.title }}", "area-{{ goal.number }}").Problems;

        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "template.yaml:12:9: no heading has the anchor 'nope' (the anchors are 'area-1', 'area-7'); give the heading 'anchor: nope', or name one of them",
        }));
    }

    [Test]
    public void A_link_to_an_anchor_no_heading_has_is_an_error_at_its_block()
    {
        var problems = Compose("area-{{ row.number }}", "[{{ row.title }}](#sheet-{{ row.number }})", "area-{{ goal.number }}").Problems;

        Assert.That(problems.Select(p => (p.Severity, p.Location, p.Message[..32])), Is.EqualTo(new[]
        {
            (Severity.Error, ContentsLine, "no heading has the anchor 'sheet"),
            (Severity.Error, ContentsLine, "no heading has the anchor 'sheet"),
        }));
        Assert.That(problems.Select(p => p.Message), Has.Some.Contains("'sheet-7'"));
    }

    [Test]
    public void Two_headings_with_the_same_anchor_is_an_error_at_the_second()
    {
        // An anchor without the goal's number repeats on every sheet of a for_each section.
        var problems = Compose("sheet", "{{ row.title }}", "sheet").Problems;

        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "template.yaml:30:9: the anchor 'sheet' names two headings: the heading is repeated (for_each: goal); put the goal in its anchor, such as area-{{ goal.number }}",
        }));
    }

    [Test]
    public void Two_headings_of_one_file_with_the_same_anchor_name_the_first_by_its_line()
    {
        // The path is already at the front of the line; said again it would push the advice off the screen.
        var names = new AnchorNames();
        var problems = new List<Problem>();

        names.Define("sheet", new SourceLocation("template.yaml", 6, 9), problems);
        names.Define("sheet", HeadingLine, problems);

        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "template.yaml:30:9: the anchor 'sheet' names two headings: the heading at line 6 has it; give each heading its own",
        }));
    }

    [Test]
    public void A_repeated_heading_without_the_goal_in_its_anchor_is_one_problem_however_many_goals_repeat_it()
    {
        // A for_each section over five themes repeats the heading five times: the mistake is one line of the
        // template, so one problem, not one per goal after the first.
        var names = new AnchorNames();
        var problems = new List<Problem>();

        foreach (var _ in Enumerable.Range(0, 5))
        {
            names.Define("sheet", HeadingLine, problems);
        }

        Assert.That(problems, Has.Count.EqualTo(1));
    }

    // A space ends a Markdown link's address: [x](#at a glance) is not a link, so the anchor could never be linked to.
    [TestCase("at a glance", "template.yaml:30:9: the anchor 'at a glance' has a space, so a [text](#name) link cannot name it; write - instead: at-a-glance (in Liquid: | replace: ' ', '-')")]
    // A tab, or any other white space a goal key brings through Liquid, breaks a link as a space does.
    [TestCase("area\t1", "template.yaml:30:9: the anchor 'area\t1' has a space, so a [text](#name) link cannot name it; write - instead: area-1 (in Liquid: | replace: ' ', '-')")]
    // The '#' is the link's, not the name's: '#area-1' would need [x](##area-1).
    [TestCase("#area-1", "template.yaml:30:9: the anchor '#area-1' starts with '#'; write it without: anchor: area-1 (a link adds the #: [text](#area-1))")]
    public void An_anchor_a_link_could_not_name_is_an_error_at_its_heading(string anchor, string expected)
    {
        var names = new AnchorNames();
        var problems = new List<Problem>();

        names.Define(anchor, HeadingLine, problems);

        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void A_heading_without_an_anchor_has_none()
    {
        var (document, problems) = Compose(string.Empty, "{{ row.title }}", string.Empty);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problems, Is.Empty);
            Assert.That(document.Sections.Skip(1).Select(s => s.Blocks.OfType<Heading>().Single().Anchor), Is.All.Null);
            Assert.That(document.Sections[0].Blocks.OfType<Table>().Single().BodyRows.Select(r => r.Cells[1].Content.OfType<Paragraph>().Single().Content), Is.All.Empty);
        }
    }
}
