using System.Globalization;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Tests.Fixtures;
using ReportGen.Rendering.Pdf.Tests.Support;
using ReportGen.Tests.Shared;
using UglyToad.PdfPig;

namespace ReportGen.Rendering.Pdf.Tests;

/// <summary>Charts in the PDF: vector drawing tagged as Figures with their alternative text, labels as real text.</summary>
public sealed class ChartRenderingTests
{
    byte[] _pdf = [];

    [OneTimeSetUp]
    public void RenderOnce()
    {
        _pdf = Rendered.Bytes(ChartReport.Document());
        Rendered.File(_pdf, "charts");
    }

    [Test]
    public void Every_chart_is_a_Figure_with_its_alt_text()
    {
        using var pdf = PdfDocument.Open(_pdf);
        var figures = StructureTree.Read(pdf).All("Figure").ToList();

        Assert.That(figures.Select(f => f.Alt), Is.EqualTo(new[] { ChartReport.LinesAlt, ChartReport.SpcAlt, ChartReport.BarsAlt }));
    }

    [Test]
    public void A_figures_bounding_box_is_where_the_chart_is_drawn_in_pdf_space()
    {
        using var pdf = PdfDocument.Open(_pdf);
        var box = StructureTree.Read(pdf).All("Figure").First().Attributes["BBox"]
            .Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var title = pdf.GetPage(1).GetWords().First(w => w.Text == "Total");

        // PDF space runs up from the foot of the page: the first chart's box holds its title, near the top.
        Assert.That(box[3], Is.GreaterThan(title.BoundingBox.Top));
        Assert.That(box[1], Is.LessThan(title.BoundingBox.Bottom));
        Assert.That(box[3] - box[1], Is.EqualTo(200).Within(0.01));
        Assert.That(box[2] - box[0], Is.EqualTo(595 - (2 * 72 / 2.54 * 2)).Within(0.01));
    }

    [Test]
    public void Chart_text_is_not_tagged_as_paragraphs_so_it_is_not_read_twice()
    {
        using var pdf = PdfDocument.Open(_pdf);

        Assert.That(StructureTree.Read(pdf).All("P"), Is.Empty);
    }

    [Test]
    public void Titles_tick_labels_categories_line_labels_and_the_legend_are_real_text()
    {
        using var pdf = PdfDocument.Open(_pdf);
        var text = PageText.Of(pdf.GetPage(1));

        Assert.That(text, Does.Contain("Total notifiable offences by month, 2016/17 and 2015/16"));
        Assert.That(text, Does.Contain("1,500"));
        Assert.That(text, Does.Contain("Apr May Jun Jul Aug Sep Oct Nov Dec Jan Feb Mar"));
        Assert.That(text, Does.Contain("Upper limit 570"));
        Assert.That(text, Does.Contain("Mean 460"));
        Assert.That(text, Does.Contain("Special cause: concern"));
        Assert.That(text, Does.Contain("Red Amber Green"));
    }

    [Test]
    public void The_output_is_a_clean_pdf()
    {
        var check = Tool.Run("qpdf", "--check", Rendered.File(_pdf, "charts-check"));

        Assert.That(check.ExitCode, Is.Zero, check.Output + check.Error);
    }

    [Test]
    public void The_same_charts_give_the_same_bytes()
    {
        Assert.That(Rendered.Bytes(ChartReport.Document()), Is.EqualTo(_pdf));
    }
}
