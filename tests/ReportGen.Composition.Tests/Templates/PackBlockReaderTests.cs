using ReportGen.Composition.Templates;
using ReportGen.Ingest.Tests;
using ReportGen.Ingest.Text;

namespace ReportGen.Composition.Tests.Templates;

/// <summary>The template language the packs brought: sections per goal, <c>when</c>, and the new blocks and columns.</summary>
public sealed class PackBlockReaderTests
{
    private static (ReportTemplate? Template, string[] Problems) Read(string sections)
    {
        var problems = new ProblemList();
        var template = TemplateReader.Read("document: { title: T }\nsections:\n" + sections, "template.yaml", "t", problems);
        return (template, Problems.Lines(problems.All));
    }

    private static TemplateBlock Block(string blocks) =>
        Read("  - blocks:\n" + string.Join("\n", blocks.Split('\n').Select(l => "      " + l)) + "\n") is { Problems.Length: 0, Template: { } t }
            ? t.Sections.Single().Blocks.Single()
            : throw new AssertionException(string.Join("\n", Read("  - blocks:\n" + string.Join("\n", blocks.Split('\n').Select(l => "      " + l)) + "\n").Problems));

    [TestCase("for_each: goal", SectionRepeat.Goal)]
    [TestCase("for_each: none", SectionRepeat.Once)] // said outright
    [TestCase("orientation: landscape", SectionRepeat.Once)] // the default
    public void A_section_may_repeat_for_each_goal(string key, SectionRepeat expected)
    {
        var (template, problems) = Read($"  - {key}\n    blocks: [{{ page-break: true }}]\n");

        Assert.That(problems, Is.Empty);
        Assert.That(template!.Sections.Single().ForEach, Is.EqualTo(expected));
    }

    [Test]
    public void An_unknown_repeat_is_an_error_at_its_value()
    {
        var (_, problems) = Read("  - for_each: goals\n    blocks: [{ page-break: true }]\n");

        Assert.That(problems, Is.EqualTo(new[] { "template.yaml:3:15: 'for_each' is 'goals'; write 'goal' or 'none'; did you mean 'goal'?" }));
    }

    [TestCase("- markdown: x\n  when: \"{{ goal.lead }}\"")] // beside the block's key
    [TestCase("- indicator-table:\n    when: \"{{ goal.lead }}\"\n    caption: c\n    columns: [{ header: Id, value: x }]")] // inside its map
    public void When_may_be_written_beside_the_block_or_inside_it(string yaml) =>
        Assert.That(Block(yaml).When, Is.EqualTo("{{ goal.lead }}"));

    [Test]
    public void A_register_table_reads_its_list_columns_totals_filter_and_empty_text()
    {
        var table = (ListTableTemplate)Block("""
            - table:
                rows: finance
                caption: Finance
                where: "{{ row.budget }}"
                empty: None.
                columns:
                  - { header: Line, value: "{{ row.line }}", total: Total }
                  - { header: Conf., kind: rating, value: "{{ row.confidence }}" }
                  - { header: Trend, kind: trend, value: "{{ row.trend }}" }
            """);

        Assert.That((table.Rows, table.Where, table.Empty), Is.EqualTo(("finance", "{{ row.budget }}", "None.")));
        Assert.That(table.Columns.Select(c => (c.Kind, c.Total, c.Alignment)), Is.EqualTo(new[]
        {
            (ColumnKind.Text, "Total", Documents.Model.CellAlignment.Left),
            (ColumnKind.Rating, (string?)null, Documents.Model.CellAlignment.Center), // ratings and trends are centred unless told
            (ColumnKind.Trend, null, Documents.Model.CellAlignment.Center),
        }));
    }

    [TestCase("rows: risk", "template.yaml:6:17: 'rows' is 'risk'; write 'goals', 'risks', 'issues', 'milestones' or 'finance'; did you mean 'risks'?")] // a typo
    [TestCase("rows: risks\n      columns: [{ header: R, kind: rag, value: x }]", "template.yaml:7:40: 'kind' is 'rag'; write 'text', 'markdown', 'rating', 'trend' or 'page'")] // an indicator column in a register table
    [TestCase("rows: risks\n      columns: [{ header: R, kind: trend }]", "template.yaml:7:21: a trend column needs 'value', such as value: \"{{ indicator.ytd_value }}\"")]
    public void A_register_table_s_mistakes_are_errors_at_their_place(string yaml, string expected)
    {
        var text = "  - blocks:\n      - table:\n          caption: c\n          " + yaml.Replace("\n      ", "\n          ", StringComparison.Ordinal) + (yaml.Contains("columns", StringComparison.Ordinal) ? string.Empty : "\n          columns: [{ header: R, value: x }]") + "\n";

        var (_, problems) = Read(text);

        Assert.That(problems, Does.Contain(expected));
    }

    [Test]
    public void The_indicator_table_reads_its_rows_filter_emphasis_and_a_ratings_column()
    {
        var table = (IndicatorTableTemplate)Block("""
            - indicator-table:
                caption: c
                indicators: "{{ goal.national }}"
                where: "{{ indicator.rank }}"
                emphasis: "{{ indicator.info.subtotal }}"
                columns: [{ header: Conf., kind: ratings }]
            """);

        Assert.That((table.Indicators, table.Where, table.Emphasis), Is.EqualTo((new[] { "{{ goal.national }}" }, "{{ indicator.rank }}", "{{ indicator.info.subtotal }}")));
        Assert.That(table.Columns.Single().Kind, Is.EqualTo(ColumnKind.Ratings));
    }

    [Test]
    public void Monthly_and_survey_tables_and_tiles_read_their_settings()
    {
        var monthly = (MonthlyTableTemplate)Block("- monthly-table: { caption: c, indicator: ALL, rows: [this_year, forecast], title: T }");
        var survey = (SurveyTableTemplate)Block("- survey-table: { caption: c, indicators: [A, B], years: 2, value_label: Satisfied }");
        var tiles = (RagTilesTemplate)Block("- rag-tiles: { caption: Tiles }");

        Assert.That((monthly.Indicators, monthly.Rows, monthly.Title), Is.EqualTo((new[] { "ALL" }, new[] { MonthlyRow.ThisYear, MonthlyRow.Forecast }, "T")));
        Assert.That((survey.Indicators, survey.Years, survey.ValueLabel, survey.NumeratorLabel), Is.EqualTo((new[] { "A", "B" }, 2, "Satisfied", "Number of respondents satisfied")));
        Assert.That(tiles.Caption, Is.EqualTo("Tiles"));
        Assert.That(tiles.Count, Is.EqualTo(RagTilesCount.Indicators));
        Assert.That(((RagTilesTemplate)Block("- rag-tiles: { caption: Tiles, count: ratings }")).Count, Is.EqualTo(RagTilesCount.Ratings));
    }

    [Test]
    public void Tiles_that_count_something_else_are_an_error_at_the_value()
    {
        var (_, problems) = Read("  - blocks:\n      - rag-tiles: { caption: Tiles, count: gaps }\n");

        Assert.That(problems, Has.Length.EqualTo(1));
        Assert.That(problems[0], Does.StartWith("template.yaml:4:"));
        Assert.That(problems[0], Does.Contain("'indicators'").And.Contain("'ratings'"));
    }

    [Test]
    public void Every_built_in_template_reads_without_a_problem()
    {
        foreach (var name in TemplateLoader.BuiltInNames)
        {
            var template = TemplateLoader.LoadBuiltIn(name);
            Assert.That(Problems.Lines(template.Problems), Is.Empty, name);
        }

        Assert.That(TemplateLoader.BuiltInNames, Is.EqualTo(new[] { "corporate-performance", "measure-sheets", "thematic-dashboard" }));
    }
}
