using ReportGen.Composition;
using ReportGen.Composition.Templates;
using ReportGen.Composition.Tests.Packs;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Disclosure;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Tests.Composition;

/// <summary>
/// A contents page or link naming a heading the public edition leaves out: an error that says the heading was left
/// out and what to do (docs/templates.md), rather than that no heading has the anchor, or, for a heading dropped
/// because all under it was left out, a link that goes nowhere.
/// </summary>
public sealed class WithheldAnchorsTests
{
    private static readonly SourceLocation LinkLine = new("template.yaml", 12, 9);
    private static readonly SourceLocation HeadingLine = new("template.yaml", 30, 9);
    private static readonly SourceLocation NotesLine = new("template.yaml", 32, 9);

    private static readonly MarkdownTemplate Link = new(LinkLine, "See [the notes](#notes).");

    private static IReadOnlyList<string> Problems(EditionKind edition, TemplateSection notes)
    {
        var template = new ReportTemplate(
            "test",
            new TemplateDocument("Pack"),
            TemplateTheme.Default,
            [new TemplateSection(Orientation.Portrait, null, [Link]), notes],
            Fixtures.Here);
        var input = PackFixtures.Input() with { Edition = new Edition(edition) };
        return [.. DocumentComposer.Compose(template, input).Problems.Select(p => p.ToString())];
    }

    private static HeadingTemplate NotesHeading(bool restricted = false) =>
        new(HeadingLine, "Notes", 2) { Anchor = "notes", Restricted = restricted };

    private static MarkdownTemplate Notes(bool restricted) => new(NotesLine, "What was said.") { Restricted = restricted };

    private const string LeftOut =
        "template.yaml:12:9: the anchor 'notes' is on a heading the public edition leaves out (line 30; it is restricted, or heads only restricted content); mark this block 'restricted: true' too, or name a heading the public edition keeps";

    public static IEnumerable<TestCaseData> LeftOutHeadings()
    {
        // The heading itself is restricted.
        yield return new TestCaseData(new TemplateSection(Orientation.Portrait, null, [NotesHeading(restricted: true), Notes(false)])).SetName("A restricted heading");
        // The whole section is, and it is repeated per goal: its anchor is still known, rendered in each goal's scope
        // (the first goal's sheet is 'notes', the other's 'notes-7').
        var perGoal = NotesHeading() with { Anchor = "notes{% if goal.number != 1 %}-{{ goal.number }}{% endif %}" };
        yield return new TestCaseData(new TemplateSection(Orientation.Portrait, null, [perGoal], SectionRepeat.Goal) { Restricted = true }).SetName("A restricted section");
        // The heading is not, but everything under it is, so the public edition drops it too: before, the link was
        // let through and went nowhere.
        yield return new TestCaseData(new TemplateSection(Orientation.Portrait, null, [NotesHeading(), Notes(true)])).SetName("A heading over only restricted blocks");
        // The same, inside a column.
        yield return new TestCaseData(new TemplateSection(Orientation.Portrait, null,
        [
            new ColumnsTemplate(HeadingLine, [new LayoutColumnTemplate(1, [NotesHeading(), Notes(true)]), new LayoutColumnTemplate(1, [Notes(false)])]),
        ])).SetName("A heading over only restricted blocks in a column");
    }

    [TestCaseSource(nameof(LeftOutHeadings))]
    public void Naming_a_heading_the_public_edition_leaves_out_says_so_at_the_link(TemplateSection notes)
    {
        Assert.That(Problems(EditionKind.Public, notes), Is.EqualTo(new[] { LeftOut }));
    }

    [TestCaseSource(nameof(LeftOutHeadings))]
    public void The_restricted_edition_keeps_the_heading_and_the_link_is_good(TemplateSection notes)
    {
        Assert.That(Problems(EditionKind.Restricted, notes), Is.Empty);
    }

    [Test]
    public void A_heading_over_shown_and_left_out_blocks_keeps_its_anchor_in_the_public_edition()
    {
        var notes = new TemplateSection(Orientation.Portrait, null, [NotesHeading(), Notes(true), Notes(false)]);

        Assert.That(Problems(EditionKind.Public, notes), Is.Empty);
    }
}
