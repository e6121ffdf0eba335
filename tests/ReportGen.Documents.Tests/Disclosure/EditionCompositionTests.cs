using ReportGen.Core.Disclosure;
using ReportGen.Documents.Composition;
using ReportGen.Documents.Composition.Charts;
using ReportGen.Documents.Composition.Templates;
using ReportGen.Documents.Model;
using static ReportGen.Documents.Tests.Composition.Fixtures;

namespace ReportGen.Documents.Tests.Disclosure;

/// <summary>Composing for an edition: what the public one leaves out, and the marking on every page.</summary>
public sealed class EditionCompositionTests
{
    private static ReportTemplate TwoSections() => new(
        "test",
        new TemplateDocument("T", Marking: "TEMPLATE MARKING"),
        TemplateTheme.Default,
        [
            new TemplateSection(Orientation.Portrait, null,
            [
                new HeadingTemplate(Here, "Open", 1),
                new MarkdownTemplate(Here, "Closed session only.") { Restricted = true },
                new NarrativeTemplate(Here, "intelligence", "Intelligence", 2, "There is nothing to report."),
            ]),
            new TemplateSection(Orientation.Portrait, null, [new HeadingTemplate(Here, "Appendix 3", 1)], Restricted: true),
        ],
        Here);

    private static ReportDocument Compose(Edition? edition, Commentary? commentary = null) =>
        DocumentComposer.Compose(TwoSections(), Input(commentary: commentary) with { Edition = edition }).Document;

    [Test]
    public void The_public_edition_leaves_out_restricted_sections_and_blocks()
    {
        var document = Compose(new Edition(EditionKind.Public));
        Assert.That(document.Sections, Has.Count.EqualTo(1));
        Assert.That(TextOf(document.Sections[0].Blocks), Does.Not.Contain("Closed session"));
    }

    [Test]
    public void The_restricted_edition_and_a_composition_without_an_edition_keep_everything()
    {
        Assert.That(Compose(new Edition(EditionKind.Restricted)).Sections, Has.Count.EqualTo(2));
        Assert.That(TextOf(Compose(null).Sections.SelectMany(s => s.Blocks)), Does.Contain("Closed session").And.Contain("Appendix 3"));
    }

    [Test]
    public void The_edition_s_marking_is_on_every_section_in_place_of_the_template_s()
    {
        Assert.That(Compose(new Edition(EditionKind.Restricted, "OFFICIAL-SENSITIVE")).Sections.Select(s => s.Furniture.Marking), Is.All.EqualTo("OFFICIAL-SENSITIVE"));
        Assert.That(Compose(new Edition(EditionKind.Public)).Sections.Select(s => s.Furniture.Marking), Is.All.EqualTo("TEMPLATE MARKING"), "an edition without a marking keeps the template's");
    }

    [Test]
    public void A_withheld_narrative_section_gives_nothing_not_the_template_s_default()
    {
        // "There is nothing to report" would stand in for words that were written.
        var withheld = Commentary.Empty with { Withheld = new HashSet<string> { "intelligence" } };
        Assert.That(TextOf(Compose(new Edition(EditionKind.Public), withheld).Sections.SelectMany(s => s.Blocks)), Does.Not.Contain("Intelligence").And.Not.Contain("nothing to report"));
        Assert.That(TextOf(Compose(new Edition(EditionKind.Public)).Sections[0].Blocks), Does.Contain("nothing to report"));
    }

    [Test]
    public void A_red_indicator_whose_corrective_action_was_withheld_is_no_warning()
    {
        var withheld = CommentaryOf(Notes("CSP1", text: "Up.")) with { Withheld = new HashSet<string> { Commentary.WithheldPart("CSP1", "CorrectiveAction"), "CSP3" } };
        var problems = DocumentComposer.Compose(Template(new MarkdownTemplate(Here, "x")), Input(commentary: withheld)).Problems;
        Assert.That(problems, Is.Empty, "CSP1's and CSP3's corrective actions exist, in the restricted edition");
    }

    [Test]
    public void Templates_see_the_edition()
    {
        var input = Input() with { Edition = new Edition(EditionKind.Public, "OFFICIAL") };
        var text = TextOf(DocumentComposer.Compose(Template(new MarkdownTemplate(Here, "{{ edition.name }} {{ edition.marking }} {% if edition.public %}published{% endif %}")), input).Document.Sections[0].Blocks);
        Assert.That(text, Is.EqualTo("public OFFICIAL published"));
    }

    [Test]
    public void A_chart_of_an_indicator_the_edition_left_out_draws_nothing_and_is_no_error()
    {
        var input = Input() with { Edition = new Edition(EditionKind.Public) { LeftOut = new HashSet<string> { "OCG1" } } };
        var chart = new ChartTemplate(Here, ChartTemplateKind.Bars) { Indicators = ["OCG1"] };
        var (document, problems) = DocumentComposer.Compose(Template(chart), input);
        Assert.That(problems.Where(p => p.Location == Here), Is.Empty);
        Assert.That(document.Sections.SelectMany(s => s.Blocks), Is.Empty);
        Assert.That(DocumentComposer.Compose(Template(chart), Input()).Problems.Where(p => p.Location == Here), Is.Not.Empty, "an unknown id is still an error");
    }

    [Test]
    public void A_heading_over_columns_the_edition_emptied_goes_with_them()
    {
        // The columns block composes its own blocks, so the edition's marks must come out of it for the heading above
        // ("Tasking") to see that everything under it was left out; a column that keeps something keeps the heading.
        static ReportTemplate Over(bool oneColumnOpen) => Template(
            new HeadingTemplate(Here, "Tasking", 2),
            new ColumnsTemplate(Here,
            [
                new LayoutColumnTemplate(1, [new MarkdownTemplate(Here, "Left closed.") { Restricted = true }]),
                new LayoutColumnTemplate(1, [new MarkdownTemplate(Here, oneColumnOpen ? "Right open." : "Right closed.") { Restricted = !oneColumnOpen }]),
            ]),
            new HeadingTemplate(Here, "Next", 2),
            new MarkdownTemplate(Here, "Open text."));
        var publicEdition = Input() with { Edition = new Edition(EditionKind.Public) };

        var closed = TextOf(DocumentComposer.Compose(Over(oneColumnOpen: false), publicEdition).Document.Sections.SelectMany(s => s.Blocks));
        var open = TextOf(DocumentComposer.Compose(Over(oneColumnOpen: true), publicEdition).Document.Sections.SelectMany(s => s.Blocks));
        var full = TextOf(DocumentComposer.Compose(Over(oneColumnOpen: false), Input()).Document.Sections.SelectMany(s => s.Blocks));

        Assert.That(closed, Does.Not.Contain("Tasking").And.Not.Contain("closed").And.Contain("Next"));
        Assert.That(open, Does.Contain("Tasking").And.Contain("Right open.").And.Not.Contain("Left closed."));
        Assert.That(full, Does.Contain("Tasking").And.Contain("Left closed.").And.Contain("Right closed."));
    }

    [Test]
    public void A_heading_over_blocks_whose_every_indicator_was_left_out_goes_with_them()
    {
        // The chart and the indicator table name OCG1 alone; in the public edition they show nothing, so "Organised
        // crime" would head nothing and may itself say what was left out. A block that still shows one of its
        // indicators keeps its heading.
        static ReportTemplate Over(params string[] ids) => Template(
            new HeadingTemplate(Here, "Organised crime", 2),
            new ChartTemplate(Here, ChartTemplateKind.Bars) { Indicators = ids },
            new IndicatorTableTemplate(Here, "Indicators", false, [new ColumnTemplate("Id", ColumnKind.Text, "{{ indicator.id }}", 1, CellAlignment.Left)]) { Indicators = ids },
            new HeadingTemplate(Here, "Next", 2),
            new MarkdownTemplate(Here, "Open text."));
        var input = Input() with { Edition = new Edition(EditionKind.Public) { LeftOut = new HashSet<string> { "OCG1" } } };

        string Text(ReportTemplate template) => TextOf(DocumentComposer.Compose(template, input).Document.Sections.SelectMany(s => s.Blocks));

        Assert.That(Text(Over("OCG1")), Does.Not.Contain("Organised crime").And.Contain("Next"));
        Assert.That(Text(Over("OCG1", "CSP1")), Does.Contain("Organised crime").And.Contain("CSP1"));
    }
}
