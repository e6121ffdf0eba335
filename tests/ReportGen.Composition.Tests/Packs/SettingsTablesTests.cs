using ReportGen.Composition.Templates;
using ReportGen.Composition.Tests.Composition;
using ReportGen.Core.Diagnostics;
using ReportGen.Documents.Model;
using ReportGen.Ingest.Tests;
using ReportGen.Ingest.Text;
using static ReportGen.Composition.Tests.Packs.PackFixtures;

namespace ReportGen.Composition.Tests.Packs;

/// <summary>
/// <c>tables:</c> tables written in the settings, printed as written: title kept with the table, header, rows padded
/// blank (never "n/a"), row headers, a note; from a goal's entry or from the settings; mistakes reported, not thrown.
/// </summary>
public sealed class SettingsTablesTests
{
    private static Dictionary<string, object?> Table(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    private static List<object?> List(params object?[] items) => [.. items];

    private static readonly Dictionary<string, object?> ThreatLevel = Table(
        ("title", "Op Lightning reports (CT & SB to update)"),
        ("caption", "Op Lightning reports by month, with the threat level"),
        ("columns", List("", "Apr", "May", "Jun", "Current threat level")),
        ("rows", List(
            List("Reports {{ period.year }}", "", "", "", "**SEVERE**"),
            List("Trend"))),
        ("note", "Figures from the CT & SB team."));

    private static CompositionInput InputWith(Dictionary<string, object?>? justiceTables = null, object? settingsTables = null)
    {
        var settings = Settings();
        var goals = (List<object?>)settings["goals"]!;
        if (justiceTables is not null)
        {
            ((Dictionary<string, object?>)goals[0]!)["tables"] = List(justiceTables);
        }

        if (settingsTables is not null)
        {
            settings["tables"] = settingsTables;
        }

        return Input() with { Settings = settings };
    }

    private static (ReportDocument Document, IReadOnlyList<Problem> Problems) Compose(CompositionInput input, SectionRepeat repeat, string from)
    {
        var parts = from.Split('.');
        var document = PackFixtures.Compose(input, repeat, out var problems, new SettingsTablesTemplate(Here, parts[0], parts[1]));
        // The fixture's section header names the goal, which a section composed once has not: not this block's problem.
        return (document, [.. problems.Where(p => !p.Message.StartsWith("unknown variable 'goal'", StringComparison.Ordinal))]);
    }

    [Test]
    public void A_goals_table_is_printed_as_written_with_its_title_kept_with_it_and_short_rows_blank_to_the_end()
    {
        var (document, problems) = Compose(InputWith(ThreatLevel), SectionRepeat.Goal, "goal.tables");
        var blocks = document.Sections[0].Blocks;
        var table = (Table)blocks[1];

        Assert.That(problems, Is.Empty);
        Assert.That(blocks[0], Is.TypeOf<Paragraph>());
        Assert.That(((Paragraph)blocks[0]).KeepWithNext, Is.True, "the title is kept on the table's page");
        Assert.That(Fixtures.TextOf(blocks[0]), Is.EqualTo("Op Lightning reports (CT & SB to update)"));
        Assert.That(Rows(table), Is.EqualTo(new[]
        {
            " | Apr | May | Jun | Current threat level",
            "Reports 2021/22 |  |  |  | SEVERE",
            "Trend |  |  |  | ",
        }));
        Assert.That(table.Caption, Is.EqualTo("Op Lightning reports by month, with the threat level"));
        Assert.That(table.BodyRows.Select(r => r.Cells[0].IsHeader), Has.All.True, "row labels are row headers");
        Assert.That(table.BodyRows[0].Cells[4].Content.OfType<Paragraph>().Single().Content.OfType<TextRun>().Single().Bold, Is.True);
        Assert.That(((Paragraph)blocks[2]).Style, Is.EqualTo(ParagraphStyle.Note));
        Assert.That(document.Sections[1].Blocks, Is.Empty, "the other goal has no tables");
    }

    [Test]
    public void A_cell_is_not_read_as_liquid_twice()
    {
        var tables = Table(("caption", "C"), ("columns", List("A")), ("rows", List(List("{{ '{{' }} not a tag }}"))));

        var (document, problems) = Compose(InputWith(tables), SectionRepeat.Goal, "goal.tables");

        Assert.That(problems, Is.Empty);
        Assert.That(Rows((Table)document.Sections[0].Blocks[0])[1], Is.EqualTo("{{ not a tag }}"));
    }

    [Test]
    public void Settings_tables_are_printed_in_a_section_composed_once()
    {
        var (document, problems) = Compose(InputWith(settingsTables: List(ThreatLevel)), SectionRepeat.Once, "settings.tables");

        Assert.That(problems, Is.Empty);
        Assert.That(Rows(Single<Table>(document))[0], Is.EqualTo(" | Apr | May | Jun | Current threat level"));
    }

    [Test]
    public void Widths_and_alignment_may_be_given_and_default_to_a_wide_left_label_and_right_figures()
    {
        var given = Table(("caption", "C"), ("columns", List("Type", "No.", "Type", "No.")), ("widths", List("3", "1", "3", "1")),
            ("align", List("left", "right", "left", "right")), ("rows", List(List("x"))));

        var (document, _) = Compose(InputWith(given), SectionRepeat.Goal, "goal.tables");
        var (defaulted, _) = Compose(InputWith(ThreatLevel), SectionRepeat.Goal, "goal.tables");

        Assert.That(((Table)document.Sections[0].Blocks[0]).Columns.Select(c => (c.Width, c.Alignment)), Is.EqualTo(new[]
        {
            (3.0, CellAlignment.Left), (1.0, CellAlignment.Right), (3.0, CellAlignment.Left), (1.0, CellAlignment.Right),
        }));
        Assert.That(Single<Table>(defaulted).Columns.Select(c => (c.Width, c.Alignment)).Take(2), Is.EqualTo(new[] { (3.0, CellAlignment.Left), (1.0, CellAlignment.Right) }));
    }

    [Test]
    public void No_list_prints_nothing()
    {
        var (document, problems) = Compose(InputWith(), SectionRepeat.Goal, "goal.tables");

        Assert.That(problems, Is.Empty);
        Assert.That(document.Sections.SelectMany(s => s.Blocks), Is.Empty);
    }

    [TestCase("columns", "has no columns; list the header of each column")]
    [TestCase("caption", "has no caption; say what the table shows, for screen readers")]
    [TestCase("rows", "has no rows; give a list of rows, each a list of cells")]
    public void A_table_without_a_part_is_an_error_and_is_left_out(string missing, string message)
    {
        var table = new Dictionary<string, object?>(ThreatLevel);
        table.Remove(missing);

        var (document, problems) = Compose(InputWith(table), SectionRepeat.Goal, "goal.tables");

        Assert.That(problems.Select(p => p.Message), Is.EqualTo(new[] { "goal.tables, table 1 " + message }));
        Assert.That(problems.Single().Severity, Is.EqualTo(Severity.Error));
        Assert.That(document.Sections[0].Blocks.OfType<Table>(), Is.Empty);
    }

    [Test]
    public void A_row_longer_than_the_header_is_an_error()
    {
        var table = Table(("caption", "C"), ("columns", List("A", "B")), ("rows", List(List("1", "2"), List("1", "2", "3"))));

        var (_, problems) = Compose(InputWith(table), SectionRepeat.Goal, "goal.tables");

        Assert.That(problems.Select(p => p.Message), Is.EqualTo(new[] { "goal.tables, table 1 row 2 has 3 cells for 2 columns" }));
    }

    [Test]
    public void A_list_that_is_not_of_tables_is_an_error()
    {
        var (_, problems) = Compose(InputWith(settingsTables: "not a list"), SectionRepeat.Once, "settings.tables");

        Assert.That(problems.Single().Message, Does.StartWith("'settings.tables' is not a list of tables;"));
    }

    [Test]
    public void Goal_tables_outside_a_section_per_goal_is_an_error_at_the_block()
    {
        var (_, problems) = Compose(InputWith(ThreatLevel), SectionRepeat.Once, "goal.tables");

        Assert.That(problems.Single().Message, Does.StartWith("'goal.tables' needs a goal"));
    }

    [TestCase("tables: goal.tables", "goal", "tables")]
    [TestCase("tables: { from: settings.more_tables }", "settings", "more_tables")]
    public void The_block_names_its_list_in_short_or_in_a_map(string yaml, string scope, string key)
    {
        var problems = new ProblemList();
        var template = TemplateReader.Read("document: { title: T }\nsections:\n  - blocks:\n      - " + yaml + "\n", "template.yaml", "t", problems);

        Assert.That(Problems.Lines(problems.All), Is.Empty);
        Assert.That(template!.Sections.Single().Blocks.Single(), Is.EqualTo(new SettingsTablesTemplate(new SourceLocation("template.yaml", 4, 9), scope, key)));
    }

    [TestCase("tables: tables")]
    [TestCase("tables: indicator.tables")]
    [TestCase("tables: { from: goal. }")]
    public void A_list_named_elsewhere_is_an_error_at_the_template(string yaml)
    {
        var problems = new ProblemList();
        TemplateReader.Read("document: { title: T }\nsections:\n  - blocks:\n      - " + yaml + "\n", "template.yaml", "t", problems);

        Assert.That(Problems.Lines(problems.All).Single(), Does.Contain("names no list of tables; write goal.<key>"));
    }
}
