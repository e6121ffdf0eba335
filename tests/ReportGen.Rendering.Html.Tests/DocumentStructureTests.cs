using ReportGen.Documents.Model;
using ReportGen.Rendering.Html.Tests.Support;

namespace ReportGen.Rendering.Html.Tests;

/// <summary>The page's structure read back with an HTML5 parser: language, title, headings in order, skip link, contents.</summary>
public sealed class DocumentStructureTests
{
    private static ReportDocument TwoSections() => new(
        new DocumentInfo("Crime & Disorder <Q3>", "en-GB", Author: "Havering", Subject: "Quarter 3", Keywords: ["performance", "2016/17 Q3"]),
        DocumentStyle.Default,
        [
            new Section(Orientation.Portrait, new PageFurniture(HeaderText: "Crime & Disorder Sub-Committee", FooterText: "Corporate Performance Report", Marking: "OFFICIAL"),
            [
                Heading.Of(1, "Summary") with { Anchor = "summary" },
                Paragraph.Of("Three indicators."),
                Heading.Of(2, "Overview"),
                Heading.Of(3, "Detail"),
                new Paragraph([new TextRun("See "), new AnchorLink("Appendix 1", "appendix-1"), new TextRun(" on page "), new PageReference("appendix-1")]),
            ]),
            new Section(Orientation.Landscape, new PageFurniture(HeaderText: "Appendix 1", FooterText: "Corporate Performance Report", Marking: "OFFICIAL"),
            [
                Heading.Of(1, "Appendix 1: indicators") with { Anchor = "appendix-1" },
                Heading.Of(4, "Notes"),
            ]),
        ])
    {
        ExpectedAnchorPages = new Dictionary<string, int> { ["summary"] = 1, ["appendix-1"] = 5 },
    };

    [Test]
    public void The_page_says_its_language_title_and_properties()
    {
        var html = Rendered.Parse(TwoSections());
        Assert.That(html.DocumentElement.GetAttribute("lang"), Is.EqualTo("en-GB"));
        Assert.That(html.Title, Is.EqualTo("Crime & Disorder <Q3>"));
        Assert.That(html.QuerySelector("meta[name=author]")?.GetAttribute("content"), Is.EqualTo("Havering"));
        Assert.That(html.QuerySelector("meta[name=description]")?.GetAttribute("content"), Is.EqualTo("Quarter 3"));
        Assert.That(html.QuerySelector("meta[name=viewport]")?.GetAttribute("content"), Does.Contain("width=device-width"));
        Assert.That(html.CharacterSet, Is.EqualTo("utf-8").IgnoreCase);
    }

    [Test]
    public void The_headings_come_in_the_document_s_order_at_their_levels()
    {
        var headings = Rendered.Parse(TwoSections()).QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6")
            .Select(h => $"{h.LocalName} {h.TextContent}");
        Assert.That(headings, Is.EqualTo(new[] { "h1 Summary", "h2 Overview", "h3 Detail", "h1 Appendix 1: indicators", "h4 Notes" }));
    }

    [Test]
    public void A_draft_says_so_once_under_the_top_marking_and_a_final_pack_does_not()
    {
        var draft = Rendered.Parse(TwoSections().WithWatermark("DRAFT"));
        var marks = draft.QuerySelectorAll(".draft-mark");
        Assert.That(marks.Select(m => m.TextContent), Is.EqualTo(new[] { "DRAFT" }));
        Assert.That(marks[0].PreviousElementSibling?.ClassList, Does.Contain("marking-top"));
        Assert.That(marks[0].ParentElement?.LocalName, Is.EqualTo("header"));
        Assert.That(Rendered.Parse(TwoSections()).QuerySelectorAll(".draft-mark"), Is.Empty);
    }

    [Test]
    public void A_skip_link_is_the_first_link_and_goes_to_the_main_content()
    {
        var html = Rendered.Parse(TwoSections());
        var first = html.QuerySelectorAll("a[href]").First();
        Assert.That(first.GetAttribute("href"), Is.EqualTo("#main"));
        Assert.That(first.TextContent, Is.EqualTo("Skip to content"));
        Assert.That(html.GetElementById("main")?.LocalName, Is.EqualTo("main"));
        Assert.That(html.QuerySelectorAll("main"), Has.Length.EqualTo(1));
    }

    [Test]
    public void The_contents_list_links_to_every_heading_of_levels_one_and_two()
    {
        var html = Rendered.Parse(TwoSections());
        var links = html.QuerySelectorAll("nav a").Select(a => (a.TextContent, Target: html.GetElementById(a.GetAttribute("href")![1..])?.TextContent)).ToList();
        Assert.That(links, Is.EqualTo(new[] { ("Summary", "Summary"), ("Overview", "Overview"), ("Appendix 1: indicators", "Appendix 1: indicators") }));
        Assert.That(html.QuerySelector("nav")?.GetAttribute("aria-label"), Is.EqualTo("Contents"));
    }

    [Test]
    public void Anchors_become_ids_and_links_and_page_references_go_to_them()
    {
        var html = Rendered.Parse(TwoSections());
        var paragraph = html.QuerySelectorAll("main p").Single(p => p.TextContent.StartsWith("See ", StringComparison.Ordinal));
        Assert.That(paragraph.TextContent, Is.EqualTo("See Appendix 1 on page 5"), "the page the PDF puts the heading on");
        Assert.That(paragraph.QuerySelectorAll("a").Select(a => a.GetAttribute("href")), Is.EqualTo(new[] { "#appendix-1", "#appendix-1" }));
        Assert.That(html.GetElementById("appendix-1")?.LocalName, Is.EqualTo("h1"));
        var ids = html.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.That(ids, Is.Unique);
    }

    [Test]
    public void The_marking_is_at_the_top_and_the_bottom_and_the_furniture_in_the_header_and_footer()
    {
        var html = Rendered.Parse(TwoSections());
        var header = html.QuerySelector("body > header")!;
        var footer = html.QuerySelector("body > footer")!;
        Assert.That(header.FirstElementChild?.TextContent, Is.EqualTo("OFFICIAL"));
        Assert.That(footer.LastElementChild?.TextContent, Is.EqualTo("OFFICIAL"));
        Assert.That(header.TextContent, Does.Contain("Crime & Disorder Sub-Committee"));
        Assert.That(footer.TextContent, Does.Contain("Corporate Performance Report"));
        Assert.That(html.Body!.TextContent.Split("OFFICIAL").Length - 1, Is.EqualTo(2), "once at the top, once at the bottom");
        Assert.That(html.QuerySelector("main section.landscape")?.FirstElementChild?.TextContent, Is.EqualTo("Appendix 1"), "a section with a header of its own starts with it");
        Assert.That(html.Body.TextContent, Does.Not.Contain("Page "), "a web page has no page numbers");
    }

    [Test]
    public void The_page_has_no_script_and_loads_nothing()
    {
        var markup = Rendered.Markup(TwoSections());
        var html = Rendered.Parse(markup);
        Assert.That(html.QuerySelectorAll("script, link, iframe, object, embed, img, base"), Is.Empty);
        Assert.That(html.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Name == "src"), Is.Empty);
        Assert.That(markup, Does.Not.Contain("url(").And.Not.Contain("@import"));
    }

    [Test]
    public void There_is_a_print_stylesheet_and_a_phone_width_one()
    {
        var style = Rendered.Parse(TwoSections()).QuerySelector("head style")!.TextContent;
        Assert.That(style, Does.Contain("@media print").And.Contain("@page").And.Contain("size: A4 landscape"));
        Assert.That(style, Does.Contain("@media (max-width: 40em)"));
        Assert.That(style, Does.Contain("overflow-x: auto"), "tables scroll inside their own region");
    }

    [Test]
    public void The_same_document_gives_the_same_bytes_and_records_no_time_unless_given_one()
    {
        var first = Rendered.Bytes(TwoSections());
        var second = Rendered.Bytes(TwoSections());
        Assert.That(second, Is.EqualTo(first));
        Assert.That(Rendered.Parse(TwoSections()).QuerySelector("meta[name='dcterms.created']"), Is.Null);
        var dated = TwoSections() with { Info = TwoSections().Info with { Created = DateTimeOffset.FromUnixTimeSeconds(1_480_550_400) } };
        Assert.That(Rendered.Parse(dated).QuerySelector("meta[name='dcterms.created']")?.GetAttribute("content"), Is.EqualTo("2016-12-01T00:00:00Z"));
    }

    [Test]
    public void The_file_is_utf8_without_a_byte_order_mark()
    {
        var bytes = Rendered.Bytes(Rendered.Of(Paragraph.Of("Café – 5%")));
        Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(Rendered.Parse(System.Text.Encoding.UTF8.GetString(bytes)).QuerySelector("main p")?.TextContent, Is.EqualTo("Café – 5%"));
    }
}
