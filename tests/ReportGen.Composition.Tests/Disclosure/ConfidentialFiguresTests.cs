using ReportGen.Composition;
using ReportGen.Composition.Charts;
using ReportGen.Composition.Templates;
using ReportGen.Composition.Tests.Charts;
using ReportGen.Core.Data;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;
using static ReportGen.Composition.Tests.Composition.Fixtures;

namespace ReportGen.Composition.Tests.Disclosure;

/// <summary>Suppressed figures in a composed pack: [c] wherever they would show, explained by the footnote.</summary>
public sealed class ConfidentialFiguresTests
{
    // CSP1 with its year to date and rating suppressed, as disclosure control leaves it.
    private static IndicatorResult Suppressed() => Tno() with
    {
        Ytd = Aggregate.Confidential,
        RatedValue = null,
        YtdChangePercent = null,
        Rag = null,
        DotLong = null,
        Withheld = Withheld.Rating | Withheld.YtdChange | Withheld.DotLong,
    };

    private static IReadOnlyList<Block> Compose(IndicatorResult csp1, params TemplateBlock[] blocks) =>
        DocumentComposer.Compose(Template(blocks), Input([csp1, Marac()])).Document.Sections[0].Blocks;

    private static IndicatorTableTemplate Table() => new(Here, "Indicators", GroupByGoal: false,
    [
        new ColumnTemplate("YTD", ColumnKind.Text, "{{ indicator.ytd_value }} ({{ indicator.ytd_change }})", 1, CellAlignment.Right),
        new ColumnTemplate("RAG", ColumnKind.Rag, null, 1, CellAlignment.Center),
        new ColumnTemplate("Long", ColumnKind.DotLong, null, 1, CellAlignment.Center),
    ]);

    [Test]
    public void A_suppressed_figure_and_what_was_withheld_with_it_show_as_c_in_the_table()
    {
        var table = (Table)Compose(Suppressed(), Table())[0];
        var row = table.BodyRows[0];
        Assert.That(row.Cells.Select(c => TextOf(c.Content)), Is.EqualTo(new[] { "[c] ([c])", "[c]", "[c]" }));
        Assert.That(row.Cells[1].Background, Is.Null, "no colour could give the rating away");
    }

    [Test]
    public void A_table_that_shows_c_is_followed_by_the_footnote_once()
    {
        var blocks = Compose(Suppressed(), Table());
        Assert.That(blocks.Select(TextOf), Is.EqualTo(new[] { TextOf(blocks[0]), Confidential.Note }));
        Assert.That(((Paragraph)blocks[1]).Style, Is.EqualTo(ParagraphStyle.Note));
    }

    [Test]
    public void Without_a_suppressed_figure_there_is_no_footnote()
    {
        Assert.That(Compose(Tno(), Table()), Has.Count.EqualTo(1));
    }

    [Test]
    public void Narrative_sees_c_and_the_footnote_follows_it()
    {
        var blocks = Compose(Suppressed(), new MarkdownTemplate(Here, "{% for i in indicators %}{{ i.id }}: {{ i.ytd_value }}, {{ i.rag }}{% if i.suppressed %} (suppressed){% endif %}.\n\n{% endfor %}{% if disclosure.any %}{{ disclosure.symbol }}{% endif %}"));
        Assert.That(blocks.Select(TextOf), Is.EqualTo(new[] { "CSP1: [c], [c] (suppressed).", "CSP2: 25.7%, Green.", "[c]", Confidential.Note }));
    }

    [Test]
    public void A_suppressed_month_is_a_gap_in_the_chart_with_a_note_and_the_alternative_text_says_so()
    {
        var series = ChartData.Tno().Series.Select(p => p.Period.ToString() == "2016-10" ? p with { Figure = Aggregate.Confidential } : p).ToList();
        var csp1 = ChartData.Tno() with { Series = series };
        var blocks = Compose(csp1, new ChartTemplate(Here, ChartTemplateKind.ThisYearVsLastYear) { Indicator = "CSP1" });
        var chart = (Chart)blocks[0];
        Assert.That(chart.Series.Last().Values[6], Is.Null, "October 2016 is a gap");
        Assert.That(chart.AltText, Does.EndWith("the figure for October 2016 is suppressed ([c]) and not drawn."));
        Assert.That(TextOf(blocks[1]), Is.EqualTo(Confidential.Note + ". Not drawn: October 2016."));
        Assert.That(blocks, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_withheld_spc_analysis_gives_a_note_in_place_of_the_chart_and_no_warning()
    {
        var csp1 = Tno() with { Withheld = Withheld.Spc };
        var (document, problems) = DocumentComposer.Compose(Template(new ChartTemplate(Here, ChartTemplateKind.Spc) { Indicator = "CSP1" }), Input([csp1]));
        Assert.That(problems.Where(p => p.Location == Here), Is.Empty);
        Assert.That(TextOf(document.Sections[0].Blocks), Does.StartWith(Confidential.Note + ". The SPC chart of Total notifiable offences is not shown"));
    }
}
