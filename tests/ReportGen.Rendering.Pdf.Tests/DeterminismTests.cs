using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Rendering.Pdf.Tests.Fixtures;
using ReportGen.Rendering.Pdf.Tests.Support;

namespace ReportGen.Rendering.Pdf.Tests;

/// <summary>The same document gives the same bytes: no wall clock, no random identifiers.</summary>
public sealed partial class DeterminismTests
{
    [Test]
    public void Rendering_the_same_document_twice_gives_identical_bytes()
    {
        var first = Rendered.Bytes(HaveringReport.Document());
        var second = Rendered.Bytes(HaveringReport.Document());

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Rendering_on_several_threads_at_once_gives_the_same_bytes()
    {
        // Parsed faces are shared by the whole process; concurrent first uses must not race.
        var expected = Rendered.Bytes(HaveringReport.Document(indicatorRows: 5));
        var results = new byte[4][];
        Parallel.For(0, results.Length, i => results[i] = Rendered.Bytes(HaveringReport.Document(indicatorRows: 5)));

        Assert.That(results, Has.All.EqualTo(expected));
    }

    [Test]
    public void The_document_ID_is_derived_from_the_content()
    {
        var first = DocumentId(Rendered.Bytes(HaveringReport.Document()));
        var other = DocumentId(Rendered.Bytes(HaveringReport.Document(firstPageNumber: 2)));

        Assert.That(first, Does.Match("^[0-9A-F]{32}$"));
        Assert.That(first, Is.Not.EqualTo(new string('0', 32)));
        Assert.That(other, Is.Not.EqualTo(first), "a different document gets a different /ID");
    }

    [Test]
    public void The_XMP_gets_two_distinct_uuids_in_place_of_its_placeholders()
    {
        var text = Encoding.Latin1.GetString(Rendered.Bytes(HaveringReport.Document()));

        Assert.That(text, Does.Not.Contain("uuid:00000000-0000-0000-0000-000000000000"));
        Assert.That(Regex.Matches(text, "uuid:[0-9a-f-]{36}").Select(m => m.Value).Distinct().Count(), Is.EqualTo(2));
    }

    [Test]
    public void Nothing_in_the_file_is_stamped_with_the_time_or_a_random_name()
    {
        // qpdf --qdf expands every stream, so a date or GUID hidden in compressed content would show here too.
        var path = Rendered.File(Rendered.Bytes(HaveringReport.Document()), "determinism");
        var expanded = Path.ChangeExtension(path, ".qdf.pdf");
        Tool.Output("qpdf", "--qdf", "--object-streams=disable", path, expanded);
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(expanded));

        Assert.That(Regex.IsMatch(text, @"\(D:\d{8}"), Is.False, "no PDF date");
        Assert.That(Regex.IsMatch(text, @"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"), Is.False, "no XMP date");
        Assert.That(Regex.IsMatch(text, "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"), Is.False, "no random (version 4) GUID");
    }

    static string DocumentId(byte[] pdf)
    {
        var match = Id().Match(Encoding.Latin1.GetString(pdf));
        Assert.That(match.Success, Is.True, "the trailer has an /ID");
        Assert.That(match.Groups[2].Value, Is.EqualTo(match.Groups[1].Value), "both halves of a new file's /ID are the same");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")]
    private static partial Regex Id();
}
