using ReportGen.Composition.Registers;
using ReportGen.Composition.Templates;
using ReportGen.Composition.Tests.Composition;
using ReportGen.Documents.Model;
using static ReportGen.Composition.Tests.Packs.PackFixtures;

namespace ReportGen.Composition.Tests.Packs;

/// <summary>
/// The dashboard's tables: the indicator table's rows chosen, filtered and emphasised, two gap ratings in one row,
/// RAG tiles, and register tables with totals, ratings and trends, never meaning by colour alone.
/// </summary>
public sealed class PackTableTests
{
    private static readonly ColumnTemplate Id = new("Id", ColumnKind.Text, "{{ indicator.id }}", 1, CellAlignment.Left);
    private static readonly ColumnTemplate Conf = new("Conf.", ColumnKind.Ratings, null, 2, CellAlignment.Center);

    [Test]
    public void A_row_with_equality_gaps_has_a_coloured_cell_for_each_group_and_other_rows_span_both()
    {
        var table = Single<Table>(Compose(Input(), SectionRepeat.Once, new IndicatorTableTemplate(Here, "PIs", false, [Id, Conf]) { Indicators = ["W1", "W2"] }));

        Assert.That(table.Columns, Has.Count.EqualTo(3), "the ratings column is two model columns, as the most gaps a row has");
        Assert.That(table.HeaderRows[0].Cells[1].ColumnSpan, Is.EqualTo(2));
        var (single, gapped) = (table.BodyRows[0], table.BodyRows[1]);
        Assert.That(single.Cells[1].ColumnSpan, Is.EqualTo(2));
        Assert.That(CellText(single.Cells[1]), Is.EqualTo("Green"));
        Assert.That(gapped.Cells.Skip(1).Select(CellText), Is.EqualTo(new[] { "Green / Black", "Amber / Mixed" }), "the word and the group in each cell");
        Assert.That(gapped.Cells.Skip(1).Select(c => c.Background), Is.EqualTo(new[] { Rgb.FromHex("#00703C"), Rgb.FromHex("#F47738") }));
    }

    [Test]
    public void Where_keeps_rows_and_emphasis_makes_them_bold_on_grey()
    {
        var template = new IndicatorTableTemplate(Here, "PIs", false, [Id])
        {
            Where = "{% if indicator.rag != 'Red' %}yes{% endif %}",
            Emphasis = "{% if indicator.id == 'J2' %}yes{% endif %}",
        };

        var table = Single<Table>(Compose(Input(), SectionRepeat.Once, template));

        Assert.That(Rows(table), Is.EqualTo(new[] { "Id", "J1", "J2", "W1", "W2" }));
        var emphasised = table.BodyRows[1].Cells[0];
        Assert.That(emphasised.Background, Is.EqualTo(Rgb.FromHex("#F3F2F1")));
        Assert.That(((Paragraph)emphasised.Content[0]).Content.OfType<TextRun>().All(r => r.Bold), Is.True);
        Assert.That(table.BodyRows[0].Cells[0].Background, Is.Null);
    }

    [Test]
    public void Rag_tiles_count_the_indicators_in_scope_with_word_and_colour()
    {
        var document = Compose(Input(), SectionRepeat.Goal, new RagTilesTemplate(Here, "Tiles"));

        var justice = (Table)document.Sections[0].Blocks.Single();
        Assert.That(Rows(justice), Is.EqualTo(new[] { "Green | Amber | Red", "1 | 1 | 1" }));
        Assert.That(justice.HeaderRows[0].Cells.Select(c => c.Background), Is.EqualTo(new[] { Rgb.FromHex("#00703C"), Rgb.FromHex("#F47738"), Rgb.FromHex("#D4351C") }));
        var women = (Table)document.Sections[1].Blocks.Single();
        Assert.That(Rows(women), Is.EqualTo(new[] { "Green | Amber | Red | Not rated", "1 | 0 | 0 | 1" }), "a not-rated tile only when an indicator is not rated");
    }

    [Test]
    public void Rag_tiles_counting_ratings_count_each_equality_gap_as_the_table_shows_it()
    {
        var document = Compose(Input(), SectionRepeat.Goal, new RagTilesTemplate(Here, "Tiles") { Count = RagTilesCount.Ratings });

        // W1 Green, and W2's gaps Green (Black) and Amber (Mixed) in place of its own (no) rating.
        var women = (Table)document.Sections[1].Blocks.Single();
        Assert.That(Rows(women), Is.EqualTo(new[] { "Green | Amber | Red", "2 | 1 | 0" }));
        Assert.That(Rows((Table)document.Sections[0].Blocks.Single()), Is.EqualTo(new[] { "Green | Amber | Red", "1 | 1 | 1" }), "no gaps: as the indicators");
    }

    [Test]
    public void Goals_summary_ratings_count_every_rating_shown()
    {
        var markdown = new MarkdownTemplate(Here, "{% for g in goals %}{{ g.key }} {{ g.summary.ratings.total }} {{ g.summary.ratings.green }}/{{ g.summary.ratings.amber }}/{{ g.summary.ratings.red }}/{{ g.summary.ratings.none }} of {{ g.summary.total }}; {% endfor %}");

        var document = Compose(Input(), SectionRepeat.Once, markdown);

        Assert.That(Fixtures.TextOf(document.Sections[0].Blocks), Does.Contain("justice 3 1/1/1/0 of 3; women 3 2/1/0/0 of 2;"));
    }

    [Test]
    public void A_register_table_lists_the_goal_s_rows_with_ratings_trends_and_a_totals_row()
    {
        var registers = new ReportGen.Composition.Registers.Registers(new Dictionary<string, IReadOnlyList<RegisterRow>>
        {
            ["finance"] =
            [
                Row("justice", ("line", RegisterValue.OfText("Victims")), ("budget", RegisterValue.OfMoney(17_400_000m)), ("variance", RegisterValue.OfMoney(-300_000m))),
                Row("justice", ("line", RegisterValue.OfText("Reoffending")), ("budget", RegisterValue.OfMoney(45_000m)), ("variance", RegisterValue.OfMoney(null))),
                Row("women", ("line", RegisterValue.OfText("VAWG")), ("budget", RegisterValue.OfMoney(1m)), ("variance", RegisterValue.OfMoney(0m))),
            ],
        });
        var table = new ListTableTemplate(Here, "Finance", "finance",
        [
            new ColumnTemplate("Line", ColumnKind.Text, "{{ row.line }}", 1, CellAlignment.Left) { Total = "Total" },
            new ColumnTemplate("Budget", ColumnKind.Text, "{{ row.budget }}", 1, CellAlignment.Right) { Total = "{{ totals.budget }}" },
            new ColumnTemplate("Variance", ColumnKind.Text, "{{ row.variance }}", 1, CellAlignment.Right) { Total = "{{ totals.variance }}" },
        ]);

        var document = Compose(Input(registers: registers), SectionRepeat.Goal, table);

        var justice = (Table)document.Sections[0].Blocks.Single();
        Assert.That(Rows(justice), Is.EqualTo(new[]
        {
            "Line | Budget | Variance",
            "Victims | £17.4m | -£0.3m", // millions from £100,000, so a column reads alike
            "Reoffending | £45,000 | ",
            "Total | £17.4m | -£0.3m",
        }));
        Assert.That(justice.BodyRows[^1].Cells[0].Background, Is.Not.Null, "the totals row is emphasised");
    }

    [Test]
    public void Ratings_and_trends_written_as_letters_or_words_show_a_word_with_their_colour_or_arrow()
    {
        var registers = new ReportGen.Composition.Registers.Registers(new Dictionary<string, IReadOnlyList<RegisterRow>>
        {
            ["milestones"] = [.. new[] { ("CG", "up"), ("A", "same"), ("H", "down"), ("-", "new") }.Select(pair =>
                Row("justice", ("confidence", RegisterValue.OfText(pair.Item1)), ("trend", RegisterValue.OfText(pair.Item2))))],
        });
        var table = new ListTableTemplate(Here, "Milestones", "milestones",
        [
            new ColumnTemplate("Conf.", ColumnKind.Rating, "{{ row.confidence }}", 1, CellAlignment.Center),
            new ColumnTemplate("Trend", ColumnKind.Trend, "{{ row.trend }}", 1, CellAlignment.Center),
        ]);

        var rows = Single<Table>(Compose(Input(registers: registers), SectionRepeat.Once, table)).BodyRows;

        Assert.That(rows.Select(r => CellText(r.Cells[0]) + " | " + CellText(r.Cells[1])), Is.EqualTo(new[]
        {
            "Complete | ↑ Rising", "Amber | → Stable", "High | ↓ Falling", "- | New",
        }));
        Assert.That(rows[0].Cells[0].Background, Is.EqualTo(Rgb.FromHex("#1D70B8")), "complete is GOV.UK blue");
        Assert.That(rows[2].Cells[0].Background, Is.EqualTo(Rgb.FromHex("#D4351C")), "a high issue is drawn red");
        Assert.That(rows[3].Cells[0].Background, Is.Null, "a dash is no rating");
    }

    [Test]
    public void A_register_without_rows_for_the_goal_gives_the_empty_text_or_nothing()
    {
        var table = new ListTableTemplate(Here, "Risks", "risks", [new ColumnTemplate("Risk", ColumnKind.Text, "{{ row.risk }}", 1, CellAlignment.Left)]);

        var said = Compose(Input(), SectionRepeat.Once, table with { Empty = "No risks for {{ period.short }}." });
        var silent = Compose(Input(), SectionRepeat.Once, table);

        Assert.That(Fixtures.TextOf(said.Sections[0].Blocks), Is.EqualTo("No risks for Q1 2021/22."));
        Assert.That(silent.Sections[0].Blocks, Is.Empty);
    }
}
