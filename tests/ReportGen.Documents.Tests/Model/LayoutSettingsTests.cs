using ReportGen.Documents.Model;

namespace ReportGen.Documents.Tests.Model;

/// <summary>
/// The page geometry and block spacing both renderers read (<see cref="LayoutSettings"/>): A4 with the margins the
/// packs were published with, and the space between blocks in ems of the style's sizes.
/// </summary>
public sealed class LayoutSettingsTests
{
    const double Cm = PageGeometry.Centimetre;

    static readonly LayoutSettings Layout = LayoutSettings.Default;

    static readonly DocumentStyle Style = DocumentStyle.Default;

    [Test]
    public void A_document_has_the_default_layout_unless_given_one()
    {
        var document = new ReportDocument(new DocumentInfo("Title", "en-GB"), Style, []);

        Assert.That(document.Layout, Is.SameAs(LayoutSettings.Default));
    }

    [Test]
    public void Pages_are_A4_in_each_orientation()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That((Layout.Portrait.Width / Cm, Layout.Portrait.Height / Cm), Is.EqualTo((21.0, 29.7)).Using<(double, double)>(Close));
            Assert.That((Layout.Landscape.Width / Cm, Layout.Landscape.Height / Cm), Is.EqualTo((29.7, 21.0)).Using<(double, double)>(Close));
            Assert.That(Layout.Page(Orientation.Portrait), Is.SameAs(Layout.Portrait));
            Assert.That(Layout.Page(Orientation.Landscape), Is.SameAs(Layout.Landscape));
        }
    }

    [Test]
    public void Portrait_pages_have_2_cm_margins_and_editable_formats_about_2_5_cm_above_and_below()
    {
        var portrait = Layout.Portrait;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(portrait.SideMargin / Cm, Is.EqualTo(2).Within(1e-9));
            Assert.That(portrait.VerticalMargin / Cm, Is.EqualTo(2).Within(1e-9));
            Assert.That(portrait.FurnitureDistance / Cm, Is.EqualTo(1.25).Within(1e-9));
            Assert.That(portrait.EditableVerticalMargin, Is.EqualTo(70.9), "1,418 twips");
        }
    }

    [Test]
    public void Landscape_pages_have_narrower_margins_the_same_in_every_format()
    {
        var landscape = Layout.Landscape;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(landscape.SideMargin / Cm, Is.EqualTo(1.5).Within(1e-9));
            Assert.That(landscape.VerticalMargin / Cm, Is.EqualTo(1.7).Within(1e-9));
            Assert.That(landscape.EditableVerticalMargin, Is.EqualTo(landscape.VerticalMargin), "a dashboard has the same room in Word as in the PDF");
            Assert.That(landscape.FurnitureDistance / Cm, Is.EqualTo(0.6).Within(1e-9));
            Assert.That(landscape.ContentWidth / Cm, Is.EqualTo(26.7).Within(1e-9));
        }
    }

    [Test]
    public void Blocks_are_spaced_in_ems_of_the_style_s_sizes()
    {
        var spacing = Layout.Spacing;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(spacing.Around(Heading.Of(1, "Title"), Style), Is.EqualTo((0.9 * 18, 0.5 * 18)));
            Assert.That(spacing.Around(Heading.Of(2, "Section"), Style), Is.EqualTo((1.0 * 14, 0.4 * 14)));
            Assert.That(spacing.Around(Paragraph.Of("Text"), Style), Is.EqualTo((0, 0.6 * 11)));
            Assert.That(spacing.Around(Paragraph.Of("Note", ParagraphStyle.Note), Style), Is.EqualTo((0, 0.6 * 9)));
            Assert.That(spacing.Around(new PageBreak(), Style), Is.EqualTo((0, 0)));
            Assert.That(spacing.BetweenListItems(Style), Is.EqualTo(0.3 * 11));
            Assert.That(spacing.BetweenColumns(Style), Is.EqualTo(1.6 * 11));
        }
    }

    [Test]
    public void Between_two_blocks_goes_the_larger_of_the_first_s_space_after_and_the_second_s_space_before()
    {
        var spacing = Layout.Spacing;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(spacing.Between(Paragraph.Of("Text"), Heading.Of(2, "Next"), Style), Is.EqualTo(14), "the heading's 1 em of 14 pt");
            Assert.That(spacing.Between(Heading.Of(2, "Section"), Paragraph.Of("Text"), Style), Is.EqualTo(0.4 * 14), "the heading's 0.4 em");
            Assert.That(spacing.Between(Paragraph.Of("Text"), Paragraph.Of("More"), Style), Is.EqualTo(0.6 * 11));
        }
    }

    static bool Close((double, double) a, (double, double) b) => Math.Abs(a.Item1 - b.Item1) < 1e-9 && Math.Abs(a.Item2 - b.Item2) < 1e-9;
}
