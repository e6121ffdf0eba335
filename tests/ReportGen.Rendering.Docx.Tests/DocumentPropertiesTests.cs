using ReportGen.Rendering.Docx.Tests.Fixtures;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>Core and app properties: what Word's File › Info and screen readers show instead of the file name.</summary>
public sealed class DocumentPropertiesTests
{
    [Test]
    public void The_core_properties_come_from_the_document_info()
    {
        using var docx = RenderedDocx.Of(HaveringReport.Create());
        var properties = docx.Package.PackageProperties;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(properties.Title, Is.EqualTo(HaveringReport.Title));
            Assert.That(properties.Subject, Is.EqualTo("Quarter 3 performance for the Crime & Disorder indicators"));
            Assert.That(properties.Creator, Is.EqualTo("London Borough of Havering"));
            Assert.That(properties.Keywords, Is.EqualTo("performance, crime and disorder, 2016/17"));
            Assert.That(properties.Language, Is.EqualTo("en-GB"));
        }
    }

    [Test]
    public void Characters_xml_cannot_hold_are_left_out_of_the_properties_not_a_broken_package()
    {
        var report = HaveringReport.Create();
        using var docx = RenderedDocx.Of(report with { Info = report.Info with { Title = "Q3\u0001 report\u0000", Author = "Havering\u001F" } });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(docx.Package.PackageProperties.Title, Is.EqualTo("Q3 report"));
            Assert.That(docx.Package.PackageProperties.Creator, Is.EqualTo("Havering"));
        }
    }

    [Test]
    public void No_creation_time_is_recorded_unless_the_document_gives_one()
    {
        using var docx = RenderedDocx.Of(HaveringReport.Create());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(docx.Package.PackageProperties.Created, Is.Null);
            Assert.That(docx.Package.PackageProperties.Modified, Is.Null);
        }
    }

    [Test]
    public void A_given_creation_time_is_recorded_in_UTC()
    {
        var created = new DateTimeOffset(2017, 1, 17, 9, 30, 0, TimeSpan.FromHours(1));
        using var docx = RenderedDocx.Of(HaveringReport.Create(created: created));

        Assert.That(docx.Package.PackageProperties.Created, Is.EqualTo(new DateTime(2017, 1, 17, 8, 30, 0, DateTimeKind.Utc)));
    }

    [Test]
    public void The_application_is_ReportGen()
    {
        using var docx = RenderedDocx.Of(HaveringReport.Create());

        Assert.That(docx.Package.ExtendedFilePropertiesPart!.Properties!.Application!.Text, Is.EqualTo("ReportGen"));
    }

    [Test]
    public void The_core_properties_live_in_the_conventional_part()
    {
        using var docx = RenderedDocx.Of(HaveringReport.Create());

        Assert.That(docx.Package.CoreFilePropertiesPart!.Uri.ToString(), Is.EqualTo("/docProps/core.xml"));
    }
}
