using ReportGen.Composition.Templates;
using ReportGen.Composition.Tests.Composition;
using ReportGen.Documents.Model;
using static ReportGen.Composition.Tests.Packs.PackFixtures;

namespace ReportGen.Composition.Tests.Packs;

/// <summary>A section with <c>for_each: goal</c>: once per goal, each with the goal and only its indicators in scope.</summary>
public sealed class SectionForEachGoalTests
{
    private static readonly ColumnTemplate Id = new("Id", ColumnKind.Text, "{{ indicator.id }}", 1, CellAlignment.Left);

    [Test]
    public void The_section_is_composed_once_per_goal_in_the_settings_order_with_the_goal_in_its_header()
    {
        var document = Compose(Input(), SectionRepeat.Goal, new HeadingTemplate(Here, "{{ goal.number }}: {{ goal.title }} ({{ goal.count }})", 1));

        Assert.That(document.Sections.Select(s => Fixtures.TextOf(s.Blocks)), Is.EqualTo(new[]
        {
            "1: A Better Criminal Justice System (3)",
            "7: Tackling Violence Against Women and Girls (2)", // a number the settings give wins over the place
        }));
        Assert.That(document.Sections.Select(s => s.Furniture.HeaderText), Is.EqualTo(new[]
        {
            "A Better Criminal Justice System", "Tackling Violence Against Women and Girls",
        }));
    }

    [Test]
    public void Inside_the_section_tables_summaries_and_liquid_see_only_the_goal_s_indicators()
    {
        var document = Compose(Input(), SectionRepeat.Goal,
            new IndicatorTableTemplate(Here, "Indicators", false, [Id]),
            new MarkdownTemplate(Here, "{{ summary.total }} rated: {{ summary.red }} red; {{ indicators.size }} in all; {{ goal.lead }}"));

        Assert.That(Rows((Table)document.Sections[0].Blocks[0]), Is.EqualTo(new[] { "Id", "J1", "J2", "J3" }));
        Assert.That(Rows((Table)document.Sections[1].Blocks[0]), Is.EqualTo(new[] { "Id", "W1", "W2" }));
        Assert.That(Fixtures.TextOf(document.Sections[0].Blocks[1]), Is.EqualTo("3 rated: 1 red; 3 in all; Head of Justice"));
    }

    [Test]
    public void Named_indicators_are_found_in_the_whole_report_whatever_the_scope()
    {
        var table = new IndicatorTableTemplate(Here, "Indicators", false, [Id]) { Indicators = ["W1, J3"] };

        var document = Compose(Input(), SectionRepeat.Goal, table);

        Assert.That(Rows((Table)document.Sections[0].Blocks[0]), Is.EqualTo(new[] { "Id", "W1", "J3" }));
    }

    [Test]
    public void A_section_composed_once_sees_every_goal_in_a_goals_table()
    {
        var goals = new ListTableTemplate(Here, "Themes", ListTableTemplate.Goals,
        [
            new ColumnTemplate("Theme", ColumnKind.Text, "{{ row.number }}\\. {{ row.title }}", 1, CellAlignment.Left),
            new ColumnTemplate("Red", ColumnKind.Text, "{{ row.summary.red }} of {{ row.summary.total }}", 1, CellAlignment.Right),
        ]);

        var table = Single<Table>(Compose(Input(), SectionRepeat.Once, goals));

        Assert.That(Rows(table), Is.EqualTo(new[]
        {
            "Theme | Red", "1. A Better Criminal Justice System | 1 of 3", "7. Tackling Violence Against Women and Girls | 0 of 2",
        }));
    }
}
