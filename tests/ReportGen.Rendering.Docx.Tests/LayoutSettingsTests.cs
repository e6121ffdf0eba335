using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>
/// Word's sections take their paper, margins and header and footer distances from the model's
/// <see cref="LayoutSettings"/>, in twips: the same settings the PDF renderer reads. Settings unlike the defaults
/// show the renderer reads them rather than keeping its own.
/// </summary>
public sealed class LayoutSettingsTests
{
    const double Cm = PageGeometry.Centimetre;

    static readonly LayoutSettings Unusual = LayoutSettings.Default with
    {
        Portrait = new PageGeometry(20 * Cm, 25 * Cm, 3 * Cm, 4 * Cm, 1 * Cm) { EditableVerticalMargin = 4.5 * Cm },
        Landscape = new PageGeometry(25 * Cm, 20 * Cm, 1 * Cm, 2.5 * Cm, 0.5 * Cm),
    };

    static IEnumerable<TestCaseData> Settings() =>
    [
        new TestCaseData(LayoutSettings.Default).SetArgDisplayNames("default"),
        new TestCaseData(Unusual).SetArgDisplayNames("unusual"),
    ];

    static ReportDocument Document(LayoutSettings layout) => new ReportDocument(
        new DocumentInfo("Layout settings", "en-GB"),
        DocumentStyle.Default,
        [
            new Section(Orientation.Portrait, new PageFurniture(HeaderText: "Header"), [Paragraph.Of("Tall")]),
            new Section(Orientation.Landscape, new PageFurniture(HeaderText: "Header"), [Paragraph.Of("Wide")]),
        ])
    {
        Layout = layout,
    };

    static int Twips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);

    [TestCaseSource(nameof(Settings))]
    public void Each_section_has_the_model_s_paper_and_margins_in_twips(LayoutSettings layout)
    {
        using var docx = RenderedDocx.Of(Document(layout));

        foreach (var (section, geometry) in docx.Sections.Zip([layout.Portrait, layout.Landscape]))
        {
            var size = section.GetFirstChild<W.PageSize>()!;
            var margin = section.GetFirstChild<W.PageMargin>()!;
            using (Assert.EnterMultipleScope())
            {
                Assert.That((int)size.Width!.Value, Is.EqualTo(Twips(geometry.Width)), "paper width");
                Assert.That((int)size.Height!.Value, Is.EqualTo(Twips(geometry.Height)), "paper height");
                Assert.That(margin.Top!.Value, Is.EqualTo(Twips(geometry.EditableVerticalMargin)), "top");
                Assert.That(margin.Bottom!.Value, Is.EqualTo(Twips(geometry.EditableVerticalMargin)), "bottom");
                Assert.That((int)margin.Left!.Value, Is.EqualTo(Twips(geometry.SideMargin)), "left");
                Assert.That((int)margin.Right!.Value, Is.EqualTo(Twips(geometry.SideMargin)), "right");
                Assert.That((int)margin.Header!.Value, Is.EqualTo(Twips(geometry.FurnitureDistance)), "header");
                Assert.That((int)margin.Footer!.Value, Is.EqualTo(Twips(geometry.FurnitureDistance)), "footer");
                Assert.That(margin.Header.Value, Is.LessThan(margin.Top.Value), "the header sits in the margin");
            }
        }
    }

    [Test]
    public void The_default_sections_are_A4_with_word_s_margins_in_twips()
    {
        using var docx = RenderedDocx.Of(Document(LayoutSettings.Default));
        (uint, uint, int, uint, uint) Read(W.SectionProperties s)
        {
            var size = s.GetFirstChild<W.PageSize>()!;
            var margin = s.GetFirstChild<W.PageMargin>()!;
            return (size.Width!.Value, size.Height!.Value, margin.Top!.Value, margin.Left!.Value, margin.Header!.Value);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Read(docx.Sections[0]), Is.EqualTo((11906u, 16838u, 1418, 1134u, 709u)), "portrait: 2.5 cm above and below, 2 cm at the sides");
            Assert.That(Read(docx.Sections[1]), Is.EqualTo((16838u, 11906u, 964, 850u, 340u)), "landscape: 1.7 cm above and below, 1.5 cm at the sides");
        }
    }

    [TestCaseSource(nameof(Settings))]
    public void The_footer_s_page_number_is_set_right_at_the_model_s_text_width(LayoutSettings layout)
    {
        using var docx = RenderedDocx.Of(Document(layout));

        foreach (var (section, geometry) in docx.Sections.Zip([layout.Portrait, layout.Landscape]))
        {
            var id = section.Elements<W.FooterReference>().Single().Id!.Value!;
            var footer = ((DocumentFormat.OpenXml.Packaging.FooterPart)docx.Main.GetPartById(id)).Footer!;
            var tab = footer.Descendants<W.TabStop>().Single();

            Assert.That(tab.Position!.Value, Is.EqualTo(Twips(geometry.Width) - (2 * Twips(geometry.SideMargin))));
        }
    }
}
