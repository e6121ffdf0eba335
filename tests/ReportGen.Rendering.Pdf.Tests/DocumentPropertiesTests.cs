using ReportGen.Rendering.Pdf.Tests.Fixtures;
using ReportGen.Rendering.Pdf.Tests.Support;
using UglyToad.PdfPig;

namespace ReportGen.Rendering.Pdf.Tests;

/// <summary>The document information and XMP metadata: what a viewer's properties dialog shows.</summary>
public sealed class DocumentPropertiesTests
{
    static readonly DateTimeOffset Created = new(2017, 1, 17, 9, 30, 0, TimeSpan.Zero);

    [Test]
    public void The_information_dictionary_holds_the_reports_properties_and_ReportGen_as_creator()
    {
        using var pdf = PdfDocument.Open(Rendered.Bytes(HaveringReport.Document()));
        var info = pdf.Information;

        Assert.That(info.Title, Is.EqualTo(HaveringReport.Title));
        Assert.That(info.Author, Is.EqualTo("London Borough of Havering"));
        Assert.That(info.Subject, Is.EqualTo("Quarter 3 performance for the Crime & Disorder sub-committee"));
        Assert.That(info.Keywords, Is.EqualTo("performance, community safety, 2016/17"));
        Assert.That(info.Creator, Is.EqualTo("ReportGen"));
    }

    [Test]
    public void Without_a_creation_time_no_date_is_recorded_anywhere()
    {
        var bytes = Rendered.Bytes(HaveringReport.Document(created: null));
        using var pdf = PdfDocument.Open(bytes);

        Assert.That(pdf.Information.CreationDate, Is.Null);
        Assert.That(pdf.Information.ModifiedDate, Is.Null);
        Assert.That(pdf.TryGetXmpMetadata(out var xmp), Is.True);
        var xml = xmp!.GetXDocument().ToString();
        Assert.That(xml, Does.Not.Contain("CreateDate").And.Not.Contain("ModifyDate").And.Not.Contain("0001-01-01"));
    }

    [Test]
    public void The_given_creation_time_is_recorded_in_UTC_in_the_information_dictionary_and_the_XMP()
    {
        var bytes = Rendered.Bytes(HaveringReport.Document(created: Created.ToOffset(TimeSpan.FromHours(1))));
        using var pdf = PdfDocument.Open(bytes);

        Assert.That(pdf.Information.CreationDate, Is.EqualTo("D:20170117093000+00'00'"));
        Assert.That(pdf.TryGetXmpMetadata(out var xmp), Is.True);
        Assert.That(xmp!.GetXDocument().ToString(), Does.Contain("<xmp:CreateDate>2017-01-17T09:30:00+00:00</xmp:CreateDate>"));
    }

    [Test]
    public void Pdfinfo_reads_the_title_and_the_creation_date()
    {
        var info = Tool.Output("pdfinfo", Rendered.File(Rendered.Bytes(HaveringReport.Document(created: Created)), "properties"));

        Assert.That(info, Does.Match(@"Title:\s+Corporate Performance Report: Quarter 3 \(2016/17\)"));
        Assert.That(info, Does.Match(@"CreationDate:\s+Tue Jan 17 09:30:00 2017"));
    }

    [Test]
    public void The_XMP_metadata_is_well_formed_and_names_the_title()
    {
        using var pdf = PdfDocument.Open(Rendered.Bytes(HaveringReport.Document()));

        Assert.That(pdf.TryGetXmpMetadata(out var xmp), Is.True);
        Assert.That(xmp!.GetXDocument().ToString(), Does.Contain(HaveringReport.Title));
    }
}
