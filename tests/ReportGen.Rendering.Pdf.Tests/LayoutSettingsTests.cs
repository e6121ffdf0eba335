using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Tests.Support;
using UglyToad.PdfPig;

namespace ReportGen.Rendering.Pdf.Tests;

/// <summary>
/// The PDF's pages and spacing come from the model's <see cref="LayoutSettings"/>: the page box is the geometry's
/// paper (in whole points), the text starts at its margins and blocks are spaced as its <see cref="BlockSpacing"/>
/// says. Settings unlike the defaults show the renderer reads them rather than keeping its own.
/// </summary>
public sealed class LayoutSettingsTests
{
    const double Cm = PageGeometry.Centimetre;

    static readonly LayoutSettings Unusual = LayoutSettings.Default with
    {
        Portrait = new PageGeometry(20 * Cm, 25 * Cm, 3 * Cm, 4 * Cm, 1 * Cm),
        Landscape = new PageGeometry(25 * Cm, 20 * Cm, 1 * Cm, 2.5 * Cm, 0.5 * Cm),
        Spacing = BlockSpacing.Default with { TextAfter = 2.5 },
    };

    static ReportDocument Document(LayoutSettings layout) => new ReportDocument(
        new DocumentInfo("Layout settings", "en-GB"),
        DocumentStyle.Default,
        [
            new Section(Orientation.Portrait, new PageFurniture(HeaderText: "Header"), [Paragraph.Of("First"), Paragraph.Of("Second")]),
            new Section(Orientation.Landscape, new PageFurniture(), [Paragraph.Of("Wide")]),
        ])
    {
        Layout = layout,
    };

    static IEnumerable<TestCaseData> Settings() =>
    [
        new TestCaseData(LayoutSettings.Default).SetArgDisplayNames("default"),
        new TestCaseData(Unusual).SetArgDisplayNames("unusual"),
    ];

    [TestCaseSource(nameof(Settings))]
    public void Each_page_is_the_model_s_paper_in_whole_points(LayoutSettings layout)
    {
        using var pdf = PdfDocument.Open(Rendered.Bytes(Document(layout)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((pdf.GetPage(1).Width, pdf.GetPage(1).Height), Is.EqualTo((Math.Round(layout.Portrait.Width), Math.Round(layout.Portrait.Height))));
            Assert.That((pdf.GetPage(2).Width, pdf.GetPage(2).Height), Is.EqualTo((Math.Round(layout.Landscape.Width), Math.Round(layout.Landscape.Height))));
        }
    }

    [Test]
    public void The_default_paper_is_A4()
    {
        using var pdf = PdfDocument.Open(Rendered.Bytes(Document(LayoutSettings.Default)));

        Assert.That((pdf.GetPage(1).Width, pdf.GetPage(1).Height), Is.EqualTo((595, 842)));
    }

    [TestCaseSource(nameof(Settings))]
    public void The_first_text_starts_at_the_model_s_margins(LayoutSettings layout)
    {
        var pages = Layouts.Paginate(Document(layout));

        foreach (var (page, text, geometry) in new[] { (pages[0], "First", layout.Portrait), (pages[1], "Wide", layout.Landscape) })
        {
            var first = Layouts.Texts(page).Single(t => t.Text == text);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(first.X, Is.EqualTo(geometry.SideMargin).Within(0.001), $"{text}: left margin");
                Assert.That(page.Geometry.ContentTop, Is.EqualTo(geometry.VerticalMargin).Within(0.001), $"{text}: top margin");
                Assert.That(page.Geometry.ContentBottom, Is.EqualTo(Math.Round(geometry.Height) - geometry.VerticalMargin).Within(0.001), $"{text}: bottom margin");
                Assert.That(first.Baseline, Is.GreaterThan(geometry.VerticalMargin).And.LessThan(geometry.VerticalMargin + (2 * first.Style.Font.Size)), $"{text}: first line's baseline just below the top margin");
            }
        }
    }

    [TestCaseSource(nameof(Settings))]
    public void Paragraphs_are_spaced_as_the_model_s_block_spacing_says(LayoutSettings layout)
    {
        var texts = Layouts.Texts(Layouts.Paginate(Document(layout))[0]).ToList();
        var first = texts.Single(t => t.Text == "First");
        var second = texts.Single(t => t.Text == "Second");
        var lineStep = Layouts.Texts(Layouts.Paginate(Document(layout with { Spacing = layout.Spacing with { TextAfter = 0 } }))[0])
            .Single(t => t.Text == "Second").Baseline - first.Baseline;

        Assert.That(second.Baseline - first.Baseline - lineStep, Is.EqualTo(layout.Spacing.TextAfter * DocumentStyle.Default.BodySize).Within(0.001));
    }
}
