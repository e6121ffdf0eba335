using System.IO.Compression;
using ReportGen.Rendering.Docx.Tests.Fixtures;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>The same document gives the same bytes: no clock, no random ids, a stable order of parts.</summary>
public sealed class DeterminismTests
{
    [Test]
    public void Rendering_the_same_document_twice_gives_identical_bytes()
    {
        var first = RenderedDocx.Render(HaveringReport.Create(79, "OFFICIAL"));
        var second = RenderedDocx.Render(HaveringReport.Create(79, "OFFICIAL"));

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void A_different_document_gives_different_bytes()
    {
        // Guards the test above against a renderer that writes the same thing whatever it is given.
        var first = RenderedDocx.Render(HaveringReport.Create(1));
        var second = RenderedDocx.Render(HaveringReport.Create(2));

        Assert.That(second, Is.Not.EqualTo(first));
    }

    [Test]
    public void Zip_entries_carry_a_fixed_time_and_the_content_types_come_first()
    {
        using var zip = new ZipArchive(new MemoryStream(RenderedDocx.Render(HaveringReport.Create())));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(zip.Entries[0].FullName, Is.EqualTo("[Content_Types].xml"));
            Assert.That(zip.Entries.Select(e => e.LastWriteTime.DateTime).Distinct(), Is.EqualTo(new[] { new DateTime(1980, 1, 1) }));
        }
    }

    [Test]
    public void Part_names_and_relationship_ids_are_counted_not_random()
    {
        using var zip = new ZipArchive(new MemoryStream(RenderedDocx.Render(HaveringReport.Create())));
        using var reader = new StreamReader(zip.GetEntry("word/_rels/document.xml.rels")!.Open());
        var relationships = reader.ReadToEnd();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(zip.Entries.Select(e => e.FullName), Has.None.Contains("psmdcp"));
            Assert.That(relationships, Does.Contain("Id=\"rId1\"").And.Not.Match("Id=\"R[0-9a-f]{16}\""));
        }
    }
}
