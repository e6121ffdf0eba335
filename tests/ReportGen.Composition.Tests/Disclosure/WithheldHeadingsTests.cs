using ReportGen.Composition;
using ReportGen.Composition.Narrative;
using ReportGen.Composition.Templates;
using ReportGen.Core.Disclosure;
using ReportGen.Documents.Model;
using static ReportGen.Composition.Tests.Composition.Fixtures;

namespace ReportGen.Composition.Tests.Disclosure;

/// <summary>
/// A heading (or a whole section) that the public edition has emptied goes with what it headed: its words may name
/// restricted matter, and it would head nothing. A heading with anything still under it stays, and the restricted
/// edition keeps every heading.
/// </summary>
public sealed class WithheldHeadingsTests
{
    private static MarkdownTemplate Closed(string text) => new(Here, text) { Restricted = true };

    private static IReadOnlyList<Section> Compose(EditionKind edition, IReadOnlyList<TemplateSection> sections, Commentary? commentary = null) =>
        DocumentComposer.Compose(
            new ReportTemplate("test", new TemplateDocument("T"), TemplateTheme.Default, sections, Here),
            Input(commentary: commentary) with { Edition = new Edition(edition) }).Document.Sections;

    private static string Text(EditionKind edition, params TemplateBlock[] blocks) =>
        TextOf(Compose(edition, [new TemplateSection(Orientation.Portrait, null, blocks)]).SelectMany(s => s.Blocks));

    [Test]
    public void A_heading_over_nothing_but_restricted_blocks_is_left_out_of_the_public_edition_only()
    {
        TemplateBlock[] blocks =
        [
            new HeadingTemplate(Here, "Cover", 1),
            new MarkdownTemplate(Here, "Open words."),
            new HeadingTemplate(Here, "Kestrel tasking", 2),
            Closed("Covert plan."),
            Closed("Closed session."),
            new HeadingTemplate(Here, "Recommendations", 2),
            new MarkdownTemplate(Here, "Note the report."),
        ];
        Assert.That(Text(EditionKind.Public, blocks), Is.EqualTo("Cover\nOpen words.\nRecommendations\nNote the report."));
        Assert.That(Text(EditionKind.Restricted, blocks), Does.Contain("Kestrel tasking").And.Contain("Covert plan."));
    }

    [Test]
    public void A_heading_with_something_still_shown_under_it_stays()
    {
        var text = Text(EditionKind.Public, new HeadingTemplate(Here, "Mixed", 2), Closed("Covert plan."), new MarkdownTemplate(Here, "Shown."));
        Assert.That(text, Is.EqualTo("Mixed\nShown."));
    }

    [Test]
    public void Subheadings_emptied_by_the_edition_go_and_take_their_heading_with_them_when_nothing_else_is_left()
    {
        // "Closed matters" heads only two subheadings, each over restricted blocks: all three go. In "Part", Sub B still
        // heads a shown paragraph, so Part and Sub B stay and only Sub A goes.
        var text = Text(
            EditionKind.Public,
            new HeadingTemplate(Here, "Closed matters", 2),
            new HeadingTemplate(Here, "Sub A", 3),
            Closed("One."),
            new HeadingTemplate(Here, "Sub B", 3),
            Closed("Two."),
            new HeadingTemplate(Here, "Part", 2),
            new HeadingTemplate(Here, "Sub A", 3),
            Closed("Three."),
            new HeadingTemplate(Here, "Sub B", 3),
            new MarkdownTemplate(Here, "Shown."));
        Assert.That(text, Is.EqualTo("Part\nSub B\nShown."));
    }

    [Test]
    public void A_heading_over_a_narrative_section_withheld_as_restricted_goes_too()
    {
        // The narrative block is not marked, but its commentary section is (# Intelligence (restricted)).
        var withheld = Commentary.Empty with { Withheld = new HashSet<string> { "intelligence" } };
        TemplateBlock[] blocks =
        [
            new MarkdownTemplate(Here, "Open words."),
            new HeadingTemplate(Here, "Intelligence picture", 2),
            new NarrativeTemplate(Here, "intelligence", null, 3, "There is nothing to report."),
        ];
        var section = new TemplateSection(Orientation.Portrait, null, blocks);
        Assert.That(TextOf(Compose(EditionKind.Public, [section], withheld).SelectMany(s => s.Blocks)), Is.EqualTo("Open words."));
        Assert.That(TextOf(Compose(EditionKind.Public, [section]).SelectMany(s => s.Blocks)), Does.Contain("Intelligence picture"), "nothing withheld: the default shows under it");
    }

    [Test]
    public void A_section_whose_every_block_is_restricted_is_left_out_whole()
    {
        // Not marked itself, but all it holds is: no page is left with only a heading and the marking.
        TemplateSection[] sections =
        [
            new(Orientation.Portrait, null, [new HeadingTemplate(Here, "Cover", 1), new MarkdownTemplate(Here, "Open words.")]),
            new(Orientation.Portrait, null, [new HeadingTemplate(Here, "Appendix 4: Kestrel", 1), new PageBreakTemplate(Here), Closed("Covert plan.")]),
        ];
        Assert.That(Compose(EditionKind.Public, sections), Has.Count.EqualTo(1));
        Assert.That(TextOf(Compose(EditionKind.Public, sections).SelectMany(s => s.Blocks)), Does.Not.Contain("Kestrel"));
        Assert.That(Compose(EditionKind.Restricted, sections), Has.Count.EqualTo(2));
    }

    [Test]
    public void No_page_break_is_left_at_the_end_of_a_section_by_what_the_edition_took_out()
    {
        var blocks = Compose(EditionKind.Public, [new(Orientation.Portrait, null,
        [
            new MarkdownTemplate(Here, "Open words."),
            new PageBreakTemplate(Here),
            new HeadingTemplate(Here, "Kestrel tasking", 2),
            Closed("Covert plan."),
        ])]).Single().Blocks;
        Assert.That(blocks, Has.Count.EqualTo(1));
        Assert.That(blocks[0], Is.InstanceOf<Paragraph>());
    }

    [Test]
    public void A_heading_over_nothing_the_edition_took_out_is_left_as_the_template_has_it()
    {
        // Only what the edition removes empties a heading: a heading the template leaves bare is the author's choice.
        var text = Text(EditionKind.Public, new HeadingTemplate(Here, "Bare", 2), new HeadingTemplate(Here, "Next", 2), new MarkdownTemplate(Here, "Shown."));
        Assert.That(text, Is.EqualTo("Bare\nNext\nShown."));
    }
}
