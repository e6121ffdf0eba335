using ReportGen.Composition.Templates;
using ReportGen.Composition.Tests.Composition;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;
using static ReportGen.Composition.Tests.Packs.PackFixtures;

namespace ReportGen.Composition.Tests.Packs;

/// <summary>
/// The counts a council prints, without hand-written loops: ratings beside N/A, not due and data-only indicators,
/// directions of travel for the pack and each goal, the words for an indicator not due, and a data-only indicator's
/// arrows that say increase or decrease.
/// </summary>
public sealed class CountsAndDueTests
{
    private static readonly ColumnTemplate Id = new("Id", ColumnKind.Text, "{{ indicator.id }}", 1, CellAlignment.Left);
    private static readonly ColumnTemplate RagColumn = new("RAG", ColumnKind.Rag, null, 1, CellAlignment.Center);
    private static readonly ColumnTemplate Short = new("Short", ColumnKind.DotShort, null, 1, CellAlignment.Center);

    private static IndicatorResult R(
        string id,
        Rag? rag,
        Direction? dotShort = null,
        Direction? dotLong = null,
        string goal = "justice",
        IndicatorType type = IndicatorType.Target,
        ReportingFrequency? frequency = null,
        bool notDue = false) => new()
        {
            Definition = new IndicatorDefinition(id, id) { Goal = goal, Type = type, Frequency = frequency },
            Rag = rag,
            DotShort = dotShort,
            DotLong = dotLong,
            NotDue = notDue,
        };

    // The council's "2 / 0 / 4 / 4 N/A / 10 total": 2 Green, 4 Red, and four without a rating of three kinds: two
    // with no data, one annual indicator not due, one data-only. Short term: 3 better, 1 same, 2 worse of the 8 target ones.
    private static IReadOnlyList<IndicatorResult> Council() =>
    [
        R("G1", Rag.Green, Direction.Better, Direction.Better),
        R("G2", Rag.Green, Direction.Better, Direction.Worse, goal: "women"),
        R("R1", Rag.Red, Direction.Worse, Direction.Worse),
        R("R2", Rag.Red, Direction.Worse, Direction.Worse),
        R("R3", Rag.Red, Direction.Same, Direction.Worse, goal: "women"),
        R("R4", Rag.Red, Direction.Better, Direction.Better, goal: "women"),
        R("N1", null),
        R("N2", null),
        R("A1", null, frequency: ReportingFrequency.Annual, notDue: true),
        R("C1", null, Direction.Better, Direction.Better, type: IndicatorType.Contextual),
    ];

    private static string Text(string liquid, IReadOnlyList<IndicatorResult>? results = null, Dictionary<string, object?>? settings = null)
    {
        var input = Input(results ?? Council());
        return Fixtures.TextOf(Single<Paragraph>(Compose(settings is null ? input : input with { Settings = settings }, SectionRepeat.Once, new MarkdownTemplate(Here, liquid))));
    }

    [Test]
    public void The_council_s_counts_line_needs_no_loop()
    {
        Assert.That(
            Text("{{ summary.green }} / {{ summary.amber }} / {{ summary.red }} / {{ summary.unrated }} N/A / {{ summary.all }} total"),
            Is.EqualTo("2 / 0 / 4 / 4 N/A / 10 total"));
    }

    [Test]
    public void No_data_not_due_and_data_only_are_counted_apart()
    {
        Assert.That(
            Text("{{ summary.na }} no data, {{ summary.not_due }} not due, {{ summary.data_only }} data only, {{ summary.none }} unrated of {{ summary.total }} with targets"),
            Is.EqualTo("2 no data, 1 not due, 1 data only, 3 unrated of 9 with targets"));
    }

    [TestCase("{{ summary.green_percent_of_all }} Green", "20.0% Green")] // 2 of all 10, with the trailing zero councils print
    [TestCase("{{ summary.red_percent }} Red", "44.4% Red")] // 4 of the 9 with targets
    [TestCase("{{ summary.unrated_percent_of_all }} N/A", "40.0% N/A")] // the four unrated of all ten
    [TestCase("{{ summary.not_due_percent }} not due", "11.1% not due")] // 1 of the 9 with targets
    public void Shares_have_one_decimal(string liquid, string expected) =>
        Assert.That(Text(liquid), Is.EqualTo(expected));

    [Test]
    public void Directions_are_counted_for_the_pack_of_the_indicators_the_ratings_count()
    {
        // The data-only indicator's "better" is not counted: the nine with targets are, the annual and no-data ones as none.
        Assert.That(
            Text("short: {{ summary.short.better }} improved, {{ summary.short.same }} sustained, {{ summary.short.worse }} declined, {{ summary.short.none }} none of {{ summary.short.total }} ({{ summary.short.worse_percent }} declined); long: {{ summary.long.better }}/{{ summary.long.worse }}"),
            Is.EqualTo("short: 3 improved, 1 sustained, 2 declined, 3 none of 9 (22.2% declined); long: 2/4"));
    }

    [Test]
    public void Each_goal_has_its_own_direction_counts_in_a_goals_table_and_in_its_own_section()
    {
        var goals = new ListTableTemplate(Here, "Themes", ListTableTemplate.Goals,
        [
            new ColumnTemplate("Theme", ColumnKind.Text, "{{ row.key }}", 1, CellAlignment.Left),
            new ColumnTemplate("Counts", ColumnKind.Text, "{{ row.summary.short.better }} better, {{ row.summary.long.worse }} worse; {{ row.summary.na }} N/A, {{ row.summary.not_due }} not due", 1, CellAlignment.Left),
        ]);
        var table = Single<Table>(Compose(Input(Council()), SectionRepeat.Once, goals));
        var sections = Compose(Input(Council()), SectionRepeat.Goal, new MarkdownTemplate(Here, "{{ goal.key }}: {{ summary.short.worse }} declined of {{ summary.short.total }}"));
        Assert.Multiple(() =>
        {
            Assert.That(Rows(table), Is.EqualTo(new[] { "Theme | Counts", "justice | 1 better, 2 worse; 2 N/A, 1 not due", "women | 2 better, 2 worse; 0 N/A, 0 not due" }));
            Assert.That(sections.Sections.Select(s => Fixtures.TextOf(s.Blocks)), Is.EqualTo(new[] { "justice: 2 declined of 6", "women: 0 declined of 3" }));
        });
    }

    [Test]
    public void An_indicator_not_due_shows_the_default_words_where_its_rating_would_be()
    {
        var results = new[] { R("A1", null, frequency: ReportingFrequency.Annual, notDue: true), R("Q1", null, frequency: ReportingFrequency.Quarterly, notDue: true), R("N1", null) };
        var table = Single<Table>(Compose(Input(results), SectionRepeat.Once, new IndicatorTableTemplate(Here, "KPIs", false, [Id, RagColumn])));
        Assert.Multiple(() =>
        {
            Assert.That(Rows(table), Is.EqualTo(new[] { "Id | RAG", "A1 | Annual KPI", "Q1 | Quarterly KPI", "N1 | Not rated" }));
            Assert.That(table.BodyRows[0].Cells[1].Background, Is.Null, "no colour that could be read as a rating");
        });
    }

    [TestCase("Not yet due", "Not yet due", "Not yet due")] // one text for every frequency
    [TestCase(null, "Annual measure", "Quarterly KPI")] // by frequency; one left out keeps its default
    public void The_not_due_words_are_a_setting(string? one, string annual, string quarterly)
    {
        object words = one is null ? new Dictionary<string, object?> { ["annual"] = "Annual measure" } : one;
        var results = new[] { R("A1", null, frequency: ReportingFrequency.Annual, notDue: true), R("Q1", null, frequency: ReportingFrequency.Quarterly, notDue: true) };
        var input = Input(results) with { Settings = new Dictionary<string, object?>(Settings()) { ["not_due"] = words } };
        var document = Compose(input, SectionRepeat.Once,
            new IndicatorTableTemplate(Here, "KPIs", false, [Id, RagColumn]),
            new MarkdownTemplate(Here, "{% for indicator in indicators %}{{ indicator.status }} ({{ indicator.not_due }}, {{ indicator.frequency }}); {% endfor %}"));
        Assert.Multiple(() =>
        {
            Assert.That(Rows(Single<Table>(document)), Is.EqualTo(new[] { "Id | RAG", $"A1 | {annual}", $"Q1 | {quarterly}" }));
            Assert.That(Fixtures.TextOf(Single<Paragraph>(document)), Is.EqualTo($"{annual} (true, annual); {quarterly} (true, quarterly);"));
        });
    }

    [Test]
    public void The_rag_summary_table_has_a_not_due_row_apart_from_not_rated()
    {
        var table = Single<Table>(Compose(Input(Council()), SectionRepeat.Once, new RagSummaryTemplate(Here, "Ratings")));
        Assert.That(Rows(table), Is.EqualTo(new[]
        {
            "RAG rating | Indicators | Share", "Red | 4 | 44.4%", "Amber | 0 | 0.0%", "Green | 2 | 22.2%", "Not rated | 2 | 22.2%", "Not due | 1 | 11.1%", "Total | 9 | ",
        }));
    }

    // A data-only indicator (polarity lower, 120 after 100: "worse") and the same figures held to a target.
    [TestCase(IndicatorType.Contextual, 120, "↑ Increase", "increase / worse")] // data only: the figure rose, which is all it says
    [TestCase(IndicatorType.Contextual, 80, "↓ Decrease", "decrease / better")] // data only: fell
    [TestCase(IndicatorType.Contextual, 100, "→ No change", "no change / same")] // data only: the same
    [TestCase(IndicatorType.Target, 120, "↓ Worse", "increase / worse")] // a target indicator keeps better and worse; change_short is there for any
    public void A_data_only_indicator_s_arrows_say_increase_or_decrease(IndicatorType type, decimal now, string cell, string variables)
    {
        var direction = now == 100 ? Direction.Same : now > 100 ? Direction.Worse : Direction.Better;
        var result = R("C1", null, direction, type: type) with
        {
            Definition = new IndicatorDefinition("C1", "C1") { Type = type, Polarity = Polarity.Lower, Goal = "justice" },
            Period = new Aggregate(now),
            PreviousPeriod = new Aggregate(100m),
        };
        var document = Compose(Input([result]), SectionRepeat.Once,
            new IndicatorTableTemplate(Here, "KPIs", false, [Id, Short]),
            new MarkdownTemplate(Here, "{{ indicators[0].change_short }} / {{ indicators[0].dot_short }}"));
        var table = Single<Table>(document);
        Assert.Multiple(() =>
        {
            Assert.That(CellText(table.BodyRows[0].Cells[1]), Is.EqualTo(cell));
            Assert.That(Fixtures.TextOf(Single<Paragraph>(document)), Is.EqualTo(variables));
            var arrow = (TextRun)((Paragraph)table.BodyRows[0].Cells[1].Content[0]).Content[0];
            Assert.That(arrow.Color is null, Is.EqualTo(type == IndicatorType.Contextual), "a data-only arrow is not coloured as good or bad");
        });
    }

    // A council's direction counts (Maidstone's "Up / No change / Down / N/A / Total"): the target KPIs by better or
    // worse, the data-only one by its figure's movement, the annual KPI not due and the monitor one left out.
    private static IReadOnlyList<IndicatorResult> Arrows() =>
    [
        R("T1", Rag.Red, Direction.Worse, Direction.Better),
        R("T2", Rag.Green, Direction.Better, null),
        R("T3", Rag.Amber, Direction.Same, Direction.Worse),
        R("D1", null, Direction.Better, Direction.Worse, type: IndicatorType.Contextual) with
        {
            Definition = new IndicatorDefinition("D1", "D1") { Type = IndicatorType.Contextual, Polarity = Polarity.Lower, Goal = "justice" },
            Period = new Aggregate(122m),
            PreviousPeriod = new Aggregate(155m),
            Ytd = new Aggregate(400m), // the long term compares years to date (basis ytd, the default)
            YtdLastYear = new Aggregate(300m),
        },
        R("A1", null, Direction.Worse, Direction.Worse, frequency: ReportingFrequency.Annual, notDue: true),
        R("M1", null, type: IndicatorType.Monitor),
    ];

    [TestCase("{{ summary.arrows_short.up }}/{{ summary.arrows_short.same }}/{{ summary.arrows_short.down }}/{{ summary.arrows_short.none }}/{{ summary.arrows_short.total }}", "1/1/2/0/4")] // D1 fell from 155 to 122: down
    [TestCase("{{ summary.arrows_long.up }}/{{ summary.arrows_long.same }}/{{ summary.arrows_long.down }}/{{ summary.arrows_long.none }}/{{ summary.arrows_long.total }}", "2/0/1/1/4")] // D1 rose from 100: up, whatever its polarity
    [TestCase("{{ summary.arrows_short.down_percent }} declined", "50.0% declined")]
    [TestCase("{{ summary.short.worse }} of {{ summary.short.total }}", "2 of 4")] // dotSummary's target indicators, A1 included, D1 not
    public void The_arrow_counts_take_data_only_kpis_by_their_movement_and_leave_out_those_not_due(string liquid, string expected) =>
        Assert.That(Text(liquid, Arrows()), Is.EqualTo(expected));

    [Test]
    public void The_share_of_targetable_kpis_leaves_out_those_not_due()
    {
        // Green 1 of the 3 target KPIs due (A1 is not due): 33.3%, not 1 of 4.
        Assert.That(Text("{{ summary.green_percent_of_due }} ({{ summary.green }}) of {{ summary.due }}; {{ summary.green_percent }} of {{ summary.total }}", Arrows()),
            Is.EqualTo("33.3% (1) of 3; 25.0% of 4"));
    }

    [TestCase(null, null, "P1 12* | P2 12 | * Provisional figure, subject to revision. (true)")] // the default mark and note
    [TestCase("†", "† Provisional: the figure will be revised.", "P1 12† | P2 12 | † Provisional: the figure will be revised. (true)")] // both are settings
    public void A_provisional_figure_has_a_mark_and_the_pack_a_note(string? mark, string? note, string expected)
    {
        var provisional = R("P1", Rag.Green) with { Ytd = new Aggregate(12m), Provisional = true };
        var final = R("P2", Rag.Green) with { Ytd = new Aggregate(12m) };
        var settings = new Dictionary<string, object?>(Settings());
        if (mark is not null)
        {
            settings["provisional_mark"] = mark;
            settings["provisional_note"] = note;
        }

        var text = Text(
            "{% for indicator in indicators %}{{ indicator.id }} {{ indicator.ytd_value }}{{ indicator.provisional_mark }} | {% endfor %}{{ provisional.note }} ({{ provisional.any }})",
            [provisional, final],
            settings);
        Assert.That(text, Is.EqualTo(expected));
    }
}
