using ReportGen.Documents.Model;
using ReportGen.Rendering.Html.Tests.Support;

namespace ReportGen.Rendering.Html.Tests;

/// <summary>
/// Text from users' files (templates, commentary, registers, links) reaches the page only as text: markup is escaped
/// wherever it lands, and only http, https, mailto and in-pack links become links, whatever the model holds.
/// </summary>
public sealed class HostileTextTests
{
    private const string Script = "<script>alert('x')</script>";
    private const string Breakout = "\"><img src=x onerror=alert(1)>";

    private static ReportDocument Hostile() => new(
        new DocumentInfo("</title>" + Script, "en-GB\"><script>", Author: Breakout, Subject: Script, Keywords: [Breakout]),
        DocumentStyle.Default with { FontFamily = "Arial\"; } </style>" + Script },
        [
            new Section(Orientation.Portrait, new PageFurniture(HeaderText: Script, FooterText: Breakout, Marking: "<b>OFFICIAL</b>"),
            [
                Heading.Of(1, "Summary " + Script) with { Anchor = "x\" onclick=\"alert(1)" },
                new Paragraph(
                [
                    new TextRun(Script, Bold: true),
                    new Hyperlink("safe", "https://example.org/?a=1&b=\"2\""),
                    new Hyperlink("unsafe", "javascript:alert(1)"),
                    new Hyperlink("upper", "JaVaScRiPt:alert(1)"),
                    new Hyperlink("data", "data:text/html,<script>alert(1)</script>"),
                    new Hyperlink("spaced", " javascript:alert(1)"),
                    new Hyperlink("mail", "mailto:clerk@example.org"),
                    new AnchorLink("Summary", "x\" onclick=\"alert(1)"),
                    new TextRun("control\u0001char\uFFFF"),
                ]),
                new ListBlock(false, [new ListItem([new TextRun(Breakout)])]),
                new Table(Breakout, [new TableColumn(1)], [new TableRow([TableCell.Of(Script)])], [new TableRow([TableCell.Of(Breakout)])]),
                new Chart(ChartKind.Bar, Script, Breakout + Script, ["<a>"], new ValueAxis(Script, 0, 1, 1, "0", [new AxisTick(0, Breakout)]), [new ChartSeries(Script, [1], Rgb.Black)], ChartSize.Default),
            ]),
        ]);

    [Test]
    public void No_script_element_or_event_handler_comes_out_of_any_text()
    {
        var html = Rendered.Parse(Hostile());
        Assert.That(html.QuerySelectorAll("script, img, b, style:not(head style), a[onclick]"), Is.Empty);
        Assert.That(html.All.SelectMany(e => e.Attributes).Select(a => a.Name).Where(n => n.StartsWith("on", StringComparison.Ordinal) || n == "src"), Is.Empty);
        Assert.That(html.QuerySelectorAll("head style"), Has.Length.EqualTo(1));
        Assert.That(html.Head!.Children.Select(c => c.LocalName), Is.EquivalentTo(new[] { "meta", "meta", "title", "meta", "meta", "meta", "style" }));
    }

    [Test]
    public void Every_hostile_text_is_shown_as_the_text_it_is()
    {
        var html = Rendered.Parse(Hostile());
        Assert.That(html.Title, Is.EqualTo("</title>" + Script));
        Assert.That(html.QuerySelector("main h1")?.TextContent, Is.EqualTo("Summary " + Script));
        Assert.That(html.QuerySelector("main p strong")?.TextContent, Is.EqualTo(Script));
        Assert.That(html.QuerySelector("main li")?.TextContent, Is.EqualTo(Breakout));
        Assert.That(html.QuerySelector("caption")?.TextContent, Is.EqualTo(Breakout));
        Assert.That(html.QuerySelector("thead th")?.TextContent, Is.EqualTo(Script));
        Assert.That(html.QuerySelector("figcaption")?.TextContent, Is.EqualTo(Script));
        Assert.That(html.QuerySelector("svg")?.GetAttribute("aria-label"), Is.EqualTo(Breakout + Script));
        Assert.That(html.QuerySelector("meta[name=author]")?.GetAttribute("content"), Is.EqualTo(Breakout));
        Assert.That(html.QuerySelector("body > header")?.TextContent, Does.Contain("<b>OFFICIAL</b>").And.Contain(Script));
        Assert.That(html.QuerySelector("body > footer")?.TextContent, Does.Contain(Breakout));
        Assert.That(html.QuerySelector("main p")?.TextContent, Does.Contain("controlchar"), "characters HTML cannot carry are dropped");
    }

    [Test]
    public void Only_allowed_schemes_and_anchors_become_links()
    {
        var html = Rendered.Parse(Hostile());
        var hrefs = html.QuerySelectorAll("main a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.That(hrefs, Is.EqualTo(new[] { ("safe", "https://example.org/?a=1&b=\"2\""), ("mail", "mailto:clerk@example.org"), ("Summary", "#x--onclick--alert-1-") }));
        var paragraph = html.QuerySelector("main p")!.TextContent;
        Assert.That(paragraph, Does.Contain("unsafe").And.Contain("upper").And.Contain("data").And.Contain("spaced"), "refused links stay as their text");
        Assert.That(html.QuerySelector("main h1")?.Id, Is.EqualTo("x--onclick--alert-1-"));
        Assert.That(html.All.Select(e => e.GetAttribute("href")).OfType<string>().Where(h => !h.StartsWith('#') && !h.StartsWith("https:", StringComparison.Ordinal) && !h.StartsWith("mailto:", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void A_font_family_cannot_close_the_stylesheet()
    {
        var markup = Rendered.Markup(Hostile());
        Assert.That(markup.Split("</style>").Length - 1, Is.EqualTo(1));
        Assert.That(markup.Split("<style>")[1].Split("</style>")[0], Does.Not.Contain("<").And.Contain("\"Arial  style"));
    }

    [Test]
    public void The_furniture_printed_in_the_page_margins_is_a_css_string_that_cannot_end()
    {
        var document = Rendered.Of(new PageFurniture(HeaderText: "a\"; } @page { x: \\", FooterText: "</style><script>", Marking: "OFFICIAL – \"SENSITIVE\""), Paragraph.Of("text"));
        var markup = Rendered.Markup(document);
        var style = markup.Split("<style>")[1].Split("</style>")[0];
        Assert.That(markup.Split("</style>").Length - 1, Is.EqualTo(1));
        Assert.That(style, Does.Contain("@top-center { content: \"OFFICIAL \\2013  \\22 SENSITIVE\\22 \";"));
        Assert.That(style, Does.Contain("@top-left { content: \"a\\22 \\3B  \\7D  \\40 page \\7B  x\\3A  \\5C \";"));
        Assert.That(style, Does.Contain("@bottom-left { content: \"\\3C \\2F style\\3E \\3C script\\3E \";"));
        Assert.That(Rendered.Parse(markup).QuerySelectorAll("script"), Is.Empty);
    }

    [Test]
    public void A_language_tag_cannot_break_out_of_its_attribute()
    {
        var html = Rendered.Parse(Hostile());
        Assert.That(html.DocumentElement.GetAttribute("lang"), Is.EqualTo("en-GB\"><script>"));
        Assert.That(html.DocumentElement.Attributes.Select(a => a.Name), Is.EqualTo(new[] { "lang" }));
    }
}
