using ReportGen.Composition.Templates;
using ReportGen.Ingest.Tests;
using ReportGen.Ingest.Text;

namespace ReportGen.Composition.Tests.Templates;

/// <summary>The <c>columns:</c> block of a template and the theme's <c>heading_sizes</c>, and the errors a mistake in them gives.</summary>
public sealed class ColumnsReaderTests
{
    private static (ReportTemplate? Template, string[] Problems) Read(string text)
    {
        var problems = new ProblemList();
        var template = TemplateReader.Read(text, "template.yaml", "t", problems);
        return (template, Problems.Lines(problems.All));
    }

    private static (ReportTemplate? Template, string[] Problems) Blocks(string blocks) =>
        Read("document: { title: T }\nsections:\n  - blocks:\n" + string.Join("\n", blocks.Split('\n').Select(l => "      " + l)) + "\n");

    [Test]
    public void Two_columns_read_with_their_widths_and_blocks()
    {
        var (template, problems) = Blocks("""
            - columns:
                - width: 1.5
                  blocks:
                    - heading: Overview
                      level: 2
                    - narrative: { key: policing }
                - blocks:
                    - markdown: right
            """);

        Assert.That(problems, Is.Empty);
        var columns = (ColumnsTemplate)template!.Sections.Single().Blocks.Single();
        Assert.That(columns.Columns.Select(c => c.Width), Is.EqualTo(new[] { 1.5, 1.0 }), "a width left out is 1");
        Assert.That(columns.Columns[0].Blocks.Select(b => b.GetType().Name), Is.EqualTo(new[] { nameof(HeadingTemplate), nameof(NarrativeTemplate) }));
        Assert.That(((MarkdownTemplate)columns.Columns[1].Blocks.Single()).Text, Is.EqualTo("right"));
    }

    private const string WidthAdvice = "give a relative width above 0, such as 1.5 (the widths are shares: 1 and 2 give a third and two thirds)";

    // Each mistake names its line and column and says what to write instead.
    [TestCase("- columns:\n    - blocks: [{ markdown: a }]", "template.yaml:4:9: 'columns' has 1 column; list two or more columns, each with blocks: and an optional width:")] // one column is no layout
    [TestCase("- columns:\n    - width: 0\n      blocks: [{ markdown: a }]\n    - blocks: [{ markdown: b }]", "template.yaml:5:20: 'width' is 0; " + WidthAdvice)] // a column of no width
    [TestCase("- columns:\n    - width: -1\n      blocks: [{ markdown: a }]\n    - blocks: [{ markdown: b }]", "template.yaml:5:20: 'width' is -1; " + WidthAdvice)] // nor of less
    [TestCase("- columns:\n    - width: wide\n      blocks: [{ markdown: a }]\n    - blocks: [{ markdown: b }]", "template.yaml:5:20: 'width' is 'wide'; " + WidthAdvice)] // a word: not told to write 13,143 or 28.8% as for a figure
    [TestCase("- columns:\n    - width: 60%\n      blocks: [{ markdown: a }]\n    - blocks: [{ markdown: b }]", "template.yaml:5:20: 'width' is '60%'; " + WidthAdvice)] // a per cent: not told to write 60, which beside a 1 would be 98% of the page
    [TestCase("- columns:\n    - width: [1, 2]\n      blocks: [{ markdown: a }]\n    - blocks: [{ markdown: b }]", "template.yaml:5:20: 'width' is a list; " + WidthAdvice)] // the widths go on each column, not in one list
    [TestCase("- columns:\n    - blocks: [{ page-break: true }]\n    - blocks: [{ markdown: b }]", "template.yaml:5:22: a column cannot hold a page break; end the columns block and break the page after it")]
    public void A_mistake_is_an_error_at_its_place(string yaml, string expected)
    {
        var (_, problems) = Blocks(yaml);

        Assert.That(problems, Does.Contain(expected));
    }

    [Test]
    public void A_table_columns_width_is_read_as_a_layout_columns_is()
    {
        // The same share, the same advice: a table column's 'width: 40%' is no more a per cent of the page.
        var (_, problems) = Blocks("- table:\n    rows: goals\n    caption: c\n    columns: [{ header: Page, value: x, width: 40% }]");

        Assert.That(problems, Is.EqualTo(new[] { "template.yaml:7:54: 'width' is '40%'; " + WidthAdvice }));
    }

    [Test]
    public void A_column_cannot_hold_columns()
    {
        var (_, problems) = Blocks("- columns:\n    - blocks:\n        - columns: [{ blocks: [{ markdown: a }] }, { blocks: [{ markdown: b }] }]\n    - blocks: [{ markdown: c }]");

        Assert.That(problems, Has.Some.Contains("a column cannot hold columns; put the columns side by side in one columns block"));
    }

    [Test]
    public void A_column_without_blocks_is_an_error()
    {
        var (template, problems) = Blocks("- columns:\n    - width: 2\n    - blocks: [{ markdown: b }]");

        Assert.That(problems, Has.Some.Contains("list the column's blocks"));
        Assert.That(template?.Sections.SelectMany(s => s.Blocks).OfType<ColumnsTemplate>() ?? [], Is.Empty);
    }

    [Test]
    public void Heading_sizes_set_the_levels_given_and_keep_the_deeper_levels_defaults()
    {
        var (template, problems) = Read("document: { title: T }\ntheme:\n  heading_sizes: [16, 12.5]\nsections:\n  - blocks: [{ markdown: a }]\n");

        Assert.That(problems, Is.Empty);
        Assert.That(template!.Theme.Style.HeadingSizes, Is.EqualTo(new[] { 16, 12.5, 12, 11 }));
    }

    // Sizes a heading cannot have: too many levels, a size too small to read.
    [TestCase("[18, 14, 12, 11, 10]")]
    [TestCase("[18, 2]")]
    public void Impossible_heading_sizes_are_an_error_and_keep_the_defaults(string sizes)
    {
        var (template, problems) = Read($"document: {{ title: T }}\ntheme:\n  heading_sizes: {sizes}\nsections:\n  - blocks: [{{ markdown: a }}]\n");

        Assert.That(problems, Has.Some.StartsWith("template.yaml:3:18: 'heading_sizes' is ").And.Some.Contains("give one to four sizes in points"));
        Assert.That(template?.Theme.Style.HeadingSizes ?? [18, 14, 12, 11], Is.EqualTo(new[] { 18, 14, 12, 11 }));
    }
}
