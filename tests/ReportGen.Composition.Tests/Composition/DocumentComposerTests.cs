using ReportGen.Composition;
using ReportGen.Composition.Templates;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;
using static ReportGen.Composition.Tests.Composition.Fixtures;

namespace ReportGen.Composition.Tests.Composition;

public sealed class DocumentComposerTests
{
    private const string RagSentence =
        "Of the {{ summary.total }} indicators {% for part in summary.parts %}{{ part.count }} ({{ part.percent }}) {{ part.verb }} {{ part.name }}"
        + "{% if forloop.rindex == 2 %} and {% elsif forloop.last == false %}, {% endif %}{% endfor %}.";

    private static (ReportDocument Document, IReadOnlyList<Problem> Problems) Compose(CompositionInput input, params TemplateBlock[] blocks) =>
        DocumentComposer.Compose(Template(blocks), input);

    private static string Text(CompositionInput input, params TemplateBlock[] blocks) =>
        TextOf(Compose(input, blocks).Document.Sections.SelectMany(s => s.Blocks));

    [Test]
    public void The_rag_sentence_reads_as_published_but_rounded_half_away_from_zero()
    {
        var text = Text(Input(), new MarkdownTemplate(Here, RagSentence));

        Assert.That(text, Is.EqualTo("Of the 3 indicators 2 (66.7%) are Red and 1 (33.3%) is Green."));
    }

    [Test]
    public void The_rag_sentence_lists_every_rating_present_and_the_unrated()
    {
        var results = new[] { Tno(Rag.Red), Tno(Rag.Amber), Tno(Rag.Green), Tno(null) };

        var text = Text(Input(results), new MarkdownTemplate(Here, RagSentence));

        Assert.That(text, Is.EqualTo("Of the 4 indicators 1 (25.0%) is Red, 1 (25.0%) is Amber, 1 (25.0%) is Green and 1 (25.0%) is not rated."));
    }

    [Test]
    public void Settings_may_use_Liquid_themselves()
    {
        var settings = new Dictionary<string, object?> { ["subject"] = "Corporate Performance Report: {{ period.label }}" };

        var text = Text(Input(settings: settings), new HeadingTemplate(Here, "{{ settings.subject }}", 1));

        Assert.That(text, Is.EqualTo("Corporate Performance Report: Quarter 3 (2016/17)"));
    }

    [Test]
    public void The_indicator_table_shows_rag_as_colour_and_word_and_direction_as_arrow_and_word()
    {
        var table = (Table)Compose(Input(), new IndicatorTableTemplate(Here, "Indicators", GroupByGoal: true,
        [
            new ColumnTemplate("Ref", ColumnKind.Text, "{{ indicator.id }}", 1, CellAlignment.Left),
            new ColumnTemplate("YTD", ColumnKind.Text, "{{ indicator.ytd_value }} ({{ indicator.ytd_change }})", 1, CellAlignment.Right),
            new ColumnTemplate("RAG", ColumnKind.Rag, null, 1, CellAlignment.Center),
            new ColumnTemplate("Short", ColumnKind.DotShort, null, 1, CellAlignment.Center),
        ])).Document.Sections[0].Blocks.Single();

        Assert.That(table.HeaderRows, Has.Count.EqualTo(1));
        Assert.That(table.BodyRows[0].IsGroupHeading, Is.True, "the SAFE goal heads its indicators");
        var tno = table.BodyRows[1];
        Assert.That(TextOf(tno.Cells[1].Content), Is.EqualTo("13,143 (+4.5%)"));
        Assert.That(TextOf(tno.Cells[2].Content), Is.EqualTo("Red"));
        Assert.That(tno.Cells[2].Background, Is.EqualTo(Rgb.FromHex("#D4351C")));
        Assert.That(TextOf(tno.Cells[3].Content), Is.EqualTo("↓ Worse"));
        var marac = table.BodyRows[2];
        Assert.That(TextOf(marac.Cells[1].Content), Is.EqualTo("25.7% (n/a)"), "a rate with no last year has no change");
        Assert.That(TextOf(marac.Cells[3].Content), Is.EqualTo("↑ Better"));
    }

    [Test]
    public void A_red_indicator_without_corrective_action_is_a_warning_at_the_commentary_file()
    {
        var commentary = CommentaryOf(Notes("CSP3", text: "Up on last year.", action: "Tasking group."));

        var problems = Compose(Input(commentary: commentary), new MarkdownTemplate(Here, "{% for i in indicators %}{{ i.corrective_action }}{% endfor %}")).Problems;

        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.That(problems[0].Severity, Is.EqualTo(Severity.Warning));
        Assert.That(problems[0].ToString(), Does.StartWith("commentary/2016-17-Q3.md: warning: CSP1 (Total notifiable offences) is rated Red but has no corrective action"));
    }

    [Test]
    public void A_pack_that_prints_no_corrective_action_does_not_ask_for_one()
    {
        // The thematic dashboard and the measure sheets rate by hand or not at all, and have nowhere to show one.
        var problems = Compose(Input(), new MarkdownTemplate(Here, "{{ summary.total }} indicators")).Problems;

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Goals_put_green_indicators_under_highlights_and_red_ones_under_improvements_with_their_action()
    {
        var commentary = CommentaryOf(
            Notes("CSP1", text: "TNO rose by **4.5%**.", action: "Hotspot patrols."),
            Notes("CSP2", text: "Within the guideline."));

        var text = Text(Input(commentary: commentary), new GoalsTemplate(Here, 3, "Highlights:", "Improvements required:", "None under {{ goal.title }}."));

        Assert.That(text, Is.EqualTo(string.Join("\n",
            "SAFE",
            "Highlights:",
            "Within the guideline.",
            "Improvements required:",
            "TNO rose by 4.5%.",
            "Corrective action: Hotspot patrols.",
            "Number of anti-social behaviour incidents: 13,143 against a target of 12,375 (Red).")));
    }

    [Test]
    public void A_goal_without_indicators_says_so_unless_the_commentary_speaks_for_it()
    {
        var settings = new Dictionary<string, object?>
        {
            ["goals"] = new List<object?>
            {
                new Dictionary<string, object?> { ["key"] = "CLEAN", ["title"] = "HAVERING WILL BE CLEAN" },
            },
        };

        var text = Text(Input([Marac()], settings: settings), new GoalsTemplate(Here, 3, "Highlights:", "Improvements required:", "None under {{ goal.title }}."));

        Assert.That(text, Does.StartWith("HAVERING WILL BE CLEAN\nNone under HAVERING WILL BE CLEAN.\nSAFE\nHighlights:"));
    }

    [Test]
    public void A_narrative_falls_back_to_its_default_and_is_left_out_when_both_are_empty()
    {
        var text = Text(Input(),
            new NarrativeTemplate(Here, "background papers", "BACKGROUND PAPERS", 2, "None."),
            new NarrativeTemplate(Here, "financial implications", "Financial implications", 3, null));

        Assert.That(text, Is.EqualTo("BACKGROUND PAPERS\nNone."));
    }

    [Test]
    public void A_form_leaves_out_rows_without_a_value_and_marks_labels_as_headers()
    {
        var table = (Table)Compose(Input(), new FormTemplate(Here, "Report details",
        [
            new FormRowTemplate("Subject Heading", "{{ settings.committee }}"),
            new FormRowTemplate("CMT Lead", "{{ settings.cmt_lead }}"),
        ], ["Detail of {{ settings.committee }}", "Entry"])).Document.Sections[0].Blocks.Single();

        Assert.That(table.Kind, Is.EqualTo(TableKind.Form));
        Assert.That(table.FormHeadings, Is.EqualTo(new[] { "Detail of Crime & Disorder Sub-Committee", "Entry" }), "headings are Liquid text too");
        Assert.That(table.BodyRows, Has.Count.EqualTo(1));
        Assert.That(table.BodyRows[0].Cells[0].IsHeader, Is.True);
    }

    [Test]
    public void A_Liquid_syntax_error_is_a_problem_at_the_template_block()
    {
        var problems = Compose(Input(), new MarkdownTemplate(Here, "{% if %}")).Problems;

        Assert.That(problems.Select(p => p.ToString()), Has.Some.StartWith("template.yaml:1:1: Liquid syntax error"));
    }

    [Test]
    public void The_document_takes_its_title_language_and_furniture_from_the_template()
    {
        var document = Compose(Input(), new HeadingTemplate(Here, "x", 1)).Document;

        Assert.That(document.Info.Title, Is.EqualTo("Crime & Disorder Sub-Committee"));
        Assert.That(document.Info.Language, Is.EqualTo("en-GB"));
        Assert.That(document.Sections[0].Furniture.HeaderText, Is.EqualTo("Crime & Disorder Sub-Committee"));
        Assert.That(document.Info.Created, Is.Null, "no wall-clock time");
    }
}
