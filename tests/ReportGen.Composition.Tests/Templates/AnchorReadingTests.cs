using ReportGen.Composition.Templates;
using ReportGen.Documents.Model;
using ReportGen.Ingest.Tests;
using ReportGen.Ingest.Text;

namespace ReportGen.Composition.Tests.Templates;

/// <summary>A heading's <c>anchor:</c> and a table's <c>page</c> column as the template reader reads them.</summary>
public sealed class AnchorReadingTests
{
    private static (ReportTemplate? Template, string[] Problems) Read(string blocks)
    {
        var problems = new ProblemList();
        var indented = string.Join("\n", blocks.Split('\n').Select(l => "      " + l));
        var template = TemplateReader.Read("document: { title: T }\nsections:\n  - blocks:\n" + indented + "\n", "template.yaml", "t", problems);
        return (template, Problems.Lines(problems.All));
    }

    [Test]
    public void A_heading_reads_its_anchor_as_Liquid_text()
    {
        var (template, problems) = Read("- heading: \"{{ goal.title }}\"\n  level: 1\n  anchor: \"area-{{ goal.number }}\"");

        Assert.That(problems, Is.Empty);
        Assert.That(((HeadingTemplate)template!.Sections.Single().Blocks.Single()).Anchor, Is.EqualTo("area-{{ goal.number }}"));
    }

    // Written with nothing after it: a null, which would otherwise pass as no anchor at all.
    [TestCase("anchor:", 6)]
    // An empty string names no heading either.
    [TestCase("anchor: \"\"", 6)]
    // Nor do spaces alone.
    [TestCase("anchor: '  '", 6)]
    public void An_empty_anchor_is_an_error_at_its_key(string anchor, int line)
    {
        var (template, problems) = Read("- heading: Contents\n  level: 1\n  " + anchor);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problems, Is.EqualTo(new[] { $"template.yaml:{line}:9: 'anchor' is empty; name the heading for page columns and links, such as anchor: area-{{{{ goal.number }}}}, or leave anchor: out" }));
            Assert.That(((HeadingTemplate)template!.Sections.Single().Blocks.Single()).Anchor, Is.Null);
        }
    }

    [Test]
    public void An_anchor_on_another_block_is_an_error_at_its_value()
    {
        var (_, problems) = Read("- markdown: x\n  anchor: a");

        Assert.That(problems, Is.EqualTo(new[] { "template.yaml:5:17: 'anchor' goes with heading, not markdown: give the heading above it the anchor" }));
    }

    [Test]
    public void A_page_column_is_right_aligned_and_needs_a_value()
    {
        var (template, _) = Read("- table:\n    rows: goals\n    caption: c\n    columns: [{ header: Page, kind: page, value: \"area-{{ row.number }}\" }]");
        var (_, problems) = Read("- table:\n    rows: goals\n    caption: c\n    columns: [{ header: Page, kind: page }]");
        var column = ((ListTableTemplate)template!.Sections.Single().Blocks.Single()).Columns.Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That((column.Kind, column.Alignment, column.Value), Is.EqualTo((ColumnKind.Page, CellAlignment.Right, "area-{{ row.number }}")));
            Assert.That(problems, Has.Length.EqualTo(1).And.Some.Contains("a page column needs 'value'"));
        }
    }
}
