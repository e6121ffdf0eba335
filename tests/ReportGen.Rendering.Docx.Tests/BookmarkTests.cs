using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>
/// Anchors in Word: each heading's anchor is a hidden bookmark round it, a page reference is a PAGEREF field to that
/// bookmark (showing the PDF layout's page until Word updates it, which the settings ask for on opening), and a link
/// to an anchor is a hyperlink to the bookmark.
/// </summary>
public sealed class BookmarkTests
{
    static readonly string[] Anchors = ["area-1", "area-4", "area 10/é"];

    static ReportDocument Contents(IReadOnlyDictionary<string, int>? expected = null)
    {
        var rows = Anchors.Select(a => new TableRow([TableCell.Of(new AnchorLink("Sheet " + a, a)), TableCell.Of(new PageReference(a))]));
        var contents = new Table("Contents", [new TableColumn(4), new TableColumn(1)], [], [.. rows]);
        var sections = Anchors.Select(a => new Section(Orientation.Landscape, new PageFurniture(),
            [new Heading(1, [new TextRun("Sheet " + a)]) { Anchor = a }, Paragraph.Of("Text.")]));
        return new ReportDocument(
            new DocumentInfo("Measures", "en-GB"),
            DocumentStyle.Default,
            [new Section(Orientation.Landscape, new PageFurniture(), [Heading.Of(1, "Contents"), contents]), .. sections])
        {
            ExpectedAnchorPages = expected,
        };
    }

    [Test]
    public void Each_anchor_is_a_hidden_bookmark_round_its_heading_with_its_own_id()
    {
        using var docx = RenderedDocx.Of(Contents());
        var headings = docx.Body.Elements<W.Paragraph>().Where(p => RenderedDocx.TextOf(p).StartsWith("Sheet ", StringComparison.Ordinal)).ToList();
        var starts = headings.Select(h => h.Elements<W.BookmarkStart>().Single()).ToList();

        using (Assert.EnterMultipleScope())
        {
            // Word allows letters, digits and underscores; a leading underscore hides the bookmark from its list.
            Assert.That(starts.Select(s => s.Name!.Value), Is.EqualTo(new[] { "_Refarea_1", "_Refarea_4", "_Refarea_10__" }));
            Assert.That(headings.Select(h => h.Elements<W.BookmarkEnd>().Single().Id!.Value), Is.EqualTo(starts.Select(s => s.Id!.Value)));
            Assert.That(starts.Select(s => s.Id!.Value), Is.Unique);
            Assert.That(docx.Body.Descendants<W.BookmarkStart>().Select(s => s.Id!.Value), Is.Unique, "ids unique with the last-page bookmark too");
        }
    }

    [Test]
    public void A_page_reference_is_a_PAGEREF_field_to_the_bookmark_showing_the_expected_page()
    {
        var expected = new Dictionary<string, int> { ["area-1"] = 2, ["area-4"] = 5, ["area 10/é"] = 11 };
        using var docx = RenderedDocx.Of(Contents(expected));
        var cells = docx.Tables.Single().Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Last()).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cells.Select(c => FieldText.Of(c.Descendants<W.Run>())), Is.EqualTo(new[]
            {
                "{PAGEREF _Refarea_1}", "{PAGEREF _Refarea_4}", "{PAGEREF _Refarea_10__}",
            }));
            Assert.That(cells.Select(RenderedDocx.TextOf), Is.EqualTo(new[] { "2", "5", "11" }), "the cached results");
            Assert.That(cells.Select(c => c.Descendants<W.FieldChar>().First().Dirty?.Value), Is.All.True);
        }
    }

    [Test]
    public void Without_a_print_layout_a_reference_shows_the_first_page_its_section_could_start_on()
    {
        using var docx = RenderedDocx.Of(Contents());
        var cells = docx.Tables.Single().Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Last());

        Assert.That(cells.Select(RenderedDocx.TextOf), Is.EqualTo(new[] { "2", "3", "4" }));
    }

    [Test]
    public void A_link_to_an_anchor_is_a_hyperlink_to_its_bookmark()
    {
        using var docx = RenderedDocx.Of(Contents());
        var links = docx.Body.Descendants<W.Hyperlink>().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(links.Select(l => l.Anchor?.Value), Is.EqualTo(new[] { "_Refarea_1", "_Refarea_4", "_Refarea_10__" }));
            Assert.That(links.Select(l => l.Id), Is.All.Null, "no external relationship");
            Assert.That(links.Select(l => RenderedDocx.TextOf(new W.Paragraph(l.CloneNode(true)))), Is.EqualTo(Anchors.Select(a => "Sheet " + a)));
        }
    }

    [Test]
    public void Word_is_asked_to_update_fields_on_opening_only_when_there_are_page_references()
    {
        using var withReferences = RenderedDocx.Of(Contents());
        using var without = RenderedDocx.Of(new ReportDocument(new DocumentInfo("Plain", "en-GB"), DocumentStyle.Default,
            [new Section(Orientation.Portrait, new PageFurniture(), [new Heading(1, [new TextRun("Only")]) { Anchor = "only" }])]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withReferences.Main.DocumentSettingsPart!.Settings!.GetFirstChild<W.UpdateFieldsOnOpen>()?.Val?.Value, Is.True);
            Assert.That(without.Main.DocumentSettingsPart!.Settings!.GetFirstChild<W.UpdateFieldsOnOpen>(), Is.Null);
        }
    }

    [Test]
    public void Long_anchors_make_distinct_bookmarks_of_at_most_40_characters()
    {
        // Two anchors alike in their first 40 characters would otherwise share a bookmark.
        var stem = new string('a', 50);
        var document = new ReportDocument(new DocumentInfo("Long", "en-GB"), DocumentStyle.Default,
        [
            new Section(Orientation.Portrait, new PageFurniture(),
            [
                new Heading(1, [new TextRun("One")]) { Anchor = stem + "1" },
                new Heading(1, [new TextRun("Two")]) { Anchor = stem + "2" },
                new Paragraph([new PageReference(stem + "1"), new PageReference(stem + "2")]),
            ]),
        ]);
        using var docx = RenderedDocx.Of(document);
        var names = docx.Body.Descendants<W.BookmarkStart>().Select(s => s.Name!.Value!).Where(n => n.StartsWith("_Ref", StringComparison.Ordinal)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(names, Has.Count.EqualTo(2).And.Unique);
            Assert.That(names.Select(n => n.Length), Is.All.LessThanOrEqualTo(40));
            Assert.That(FieldText.Of(docx.Body.Elements<W.Paragraph>().Last(p => p.Descendants<W.FieldCode>().Any()).Elements<W.Run>()),
                Is.EqualTo($"{{PAGEREF {names[0]}}}{{PAGEREF {names[1]}}}"));
        }
    }

    [Test]
    public void Validates_against_Office_2019()
    {
        using var docx = RenderedDocx.Of(Contents(new Dictionary<string, int> { ["area-1"] = 2 }));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.That(errors, Is.Empty);
    }
}
