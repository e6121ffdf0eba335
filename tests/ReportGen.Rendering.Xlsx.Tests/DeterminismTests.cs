using System.IO.Compression;
using System.Security.Cryptography;
using ReportGen.Rendering.Xlsx.Tests.Fixtures;

namespace ReportGen.Rendering.Xlsx.Tests;

/// <summary>The same document gives the same bytes; the only time recorded is the document's creation time, if it has one.</summary>
public sealed class DeterminismTests
{
    [Test]
    public void The_same_document_renders_to_the_same_bytes()
    {
        using var first = RenderedWorkbook.Of(TablesReport.Create());
        using var second = RenderedWorkbook.Of(TablesReport.Create());
        Assert.That(SHA256.HashData(second.Bytes), Is.EqualTo(SHA256.HashData(first.Bytes)));
    }

    [Test]
    public void Zip_entries_carry_one_fixed_time_and_come_in_a_fixed_order()
    {
        using var workbook = RenderedWorkbook.Of(TablesReport.Create());
        using var zip = new ZipArchive(new MemoryStream(workbook.Bytes), ZipArchiveMode.Read);
        Assert.That(zip.Entries.Select(e => e.LastWriteTime.DateTime).Distinct(), Is.EqualTo(new[] { new DateTime(1980, 1, 1) }));
        Assert.That(zip.Entries[0].FullName, Is.EqualTo("[Content_Types].xml"));
        Assert.That(zip.Entries.Skip(1).Select(e => e.FullName), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public void Without_a_creation_time_none_is_recorded_and_with_one_it_is_the_document_s()
    {
        using var none = RenderedWorkbook.Of(TablesReport.Create());
        Assert.That(none.Package.PackageProperties.Created, Is.Null);
        Assert.That(ConfidentialAndNotesTests.AllText(none.Bytes), Does.Not.Contain("dcterms:created").And.Not.Contain("dcterms:modified"));

        var created = new DateTimeOffset(2017, 1, 17, 9, 30, 0, TimeSpan.Zero);
        using var stamped = RenderedWorkbook.Of(TablesReport.Create(created));
        Assert.That(stamped.Package.PackageProperties.Created, Is.EqualTo(created.UtcDateTime));
        Assert.That(stamped.Rows("Cover").Select(r => r["A"]), Does.Contain("17 January 2017"));
        Assert.That(stamped.Package.PackageProperties.Title, Is.EqualTo(TablesReport.Title));
        Assert.That(stamped.Package.PackageProperties.Creator, Is.EqualTo("London Borough of Havering"));
        Assert.That(stamped.Package.PackageProperties.Language, Is.EqualTo("en-GB"));
    }
}
