using ReportGen.Composition;
using ReportGen.Composition.Registers;
using ReportGen.Composition.Templates;
using ReportGen.Core.Disclosure;
using ReportGen.Documents.Model;
using static ReportGen.Composition.Tests.Packs.PackFixtures;

namespace ReportGen.Composition.Tests.Composition;

/// <summary>
/// A <c>columns:</c> template block composed into a <see cref="Columns"/> block: each column's blocks composed as a
/// section's are, an empty column kept in its place, one column with content standing alone, none left out.
/// </summary>
public sealed class ColumnsComposerTests
{
    private static ColumnsTemplate Columns(params (double Width, TemplateBlock[] Blocks)[] columns) =>
        new(Here, [.. columns.Select(c => new LayoutColumnTemplate(c.Width, c.Blocks))]);

    private static MarkdownTemplate Text(string text) => new(Here, text);

    private static MarkdownTemplate Never(string text) => new(Here, text) { When = "false" };

    [Test]
    public void Each_column_s_blocks_are_composed_with_the_goal_s_variables()
    {
        var document = Compose(Input(), SectionRepeat.Goal, Columns(
            (1, [new HeadingTemplate(Here, "{{ goal.title }}", 2), Text("Left of {{ goal.key }}")]),
            (1.5, [Text("Right of {{ goal.key }}")])));

        var columns = document.Sections.Select(s => (Columns)s.Blocks.Single()).ToList();
        Assert.That(columns.Select(c => c.Items.Select(i => i.Width)), Has.All.EqualTo(new[] { 1, 1.5 }));
        Assert.That(Fixtures.TextOf(columns[0].Items[0].Blocks), Is.EqualTo("A Better Criminal Justice System\nLeft of justice"));
        Assert.That(Fixtures.TextOf(columns[1].Items[1].Blocks), Is.EqualTo("Right of women"));
    }

    [Test]
    public void A_column_whose_blocks_all_fall_out_keeps_its_place()
    {
        var document = Compose(Input(), SectionRepeat.Once, Columns((1, [Text("a")]), (1, [Never("b")]), (1, [Text("c")])));

        var columns = Single<Columns>(document);
        Assert.That(columns.Items.Select(i => i.Blocks.Count), Is.EqualTo(new[] { 1, 0, 1 }));
    }

    [Test]
    public void When_only_one_column_has_content_it_stands_alone_without_columns()
    {
        var document = Compose(Input(), SectionRepeat.Once, Columns((1, [Never("a")]), (2, [Text("b"), Text("c")])));

        Assert.That(document.Sections[0].Blocks.Select(b => b.GetType()), Is.EqualTo(new[] { typeof(Paragraph), typeof(Paragraph) }));
        Assert.That(Fixtures.TextOf(document.Sections[0].Blocks), Is.EqualTo("b\nc"));
    }

    [Test]
    public void When_no_column_has_content_the_block_is_left_out()
    {
        var document = Compose(Input(), SectionRepeat.Once, Text("before"), Columns((1, [Never("a")]), (1, [Never("b")])), Text("after"));

        Assert.That(Fixtures.TextOf(document.Sections[0].Blocks), Is.EqualTo("before\nafter"));
    }

    [Test]
    public void A_restricted_block_in_a_column_is_left_out_of_the_public_edition_only()
    {
        var columns = Columns((1, [Text("open")]), (1, [Text("closed") with { Restricted = true }, Text("also open")]));

        var open = Compose(Input() with { Edition = new Edition(EditionKind.Public) }, SectionRepeat.Once, columns);
        var full = Compose(Input() with { Edition = new Edition(EditionKind.Restricted) }, SectionRepeat.Once, columns);

        Assert.That(Fixtures.TextOf(Single<Columns>(open).Items[1].Blocks), Is.EqualTo("also open"));
        Assert.That(Fixtures.TextOf(Single<Columns>(full).Items[1].Blocks), Is.EqualTo("closed\nalso open"));
    }

    [Test]
    public void A_register_table_in_a_column_is_kept_together_as_in_a_section()
    {
        var table = new ListTableTemplate(Here, "Risks", "risks", [new ColumnTemplate("Risk", ColumnKind.Text, "{{ row.risk }}", 1, CellAlignment.Left)]);
        var registers = new ReportGen.Composition.Registers.Registers(new Dictionary<string, IReadOnlyList<RegisterRow>>
        {
            ["risks"] = [Row("justice", ("risk", RegisterValue.OfText("Court delays")))],
        });

        var document = Compose(Input(registers: registers), SectionRepeat.Once, Columns((1, [table]), (1, [Text("beside")])));

        var composed = (Table)Single<Columns>(document).Items[0].Blocks.Single();
        Assert.That(composed.KeepTogether, Is.True, "a short table is kept together, in a column as in a section");
    }
}
