using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Tests.Fixtures;
using ReportGen.Rendering.Pdf.Tests.Support;
using ReportGen.Rendering.Pdf.Writing;
using UglyToad.PdfPig;

namespace ReportGen.Rendering.Pdf.Tests.Writing;

/// <summary>
/// The file ReportGen's own writer makes: its cross-reference table points at every object, every stream is a whole
/// zlib stream, qpdf finds nothing to report, and text strings come back as written whatever their characters.
/// </summary>
public sealed partial class PdfFileTests
{
    [Test]
    public void Each_cross_reference_entry_points_at_its_object_and_startxref_at_the_table()
    {
        var text = Encoding.Latin1.GetString(Rendered.Bytes(HaveringReport.Document()));

        var start = int.Parse(StartXref().Matches(text)[^1].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(text[start..], Does.StartWith("xref\n0 "));
        var entries = Entry().Matches(text[start..]).ToList();
        Assert.That(entries, Has.Count.GreaterThan(100));
        Assert.That(entries[0].Groups[3].Value, Is.EqualTo("f"));
        for (var number = 1; number < entries.Count; number++)
        {
            var offset = int.Parse(entries[number].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(text[offset..], Does.StartWith($"{number} 0 obj\n"), $"object {number}");
        }
    }

    [Test]
    public void Every_stream_inflates_as_a_whole_zlib_stream_with_its_checksum()
    {
        var pdf = Rendered.Bytes(HaveringReport.Document());
        var text = Encoding.Latin1.GetString(pdf);

        var streams = FlateStream().Matches(text).ToList();
        Assert.That(streams, Has.Count.GreaterThan(10), "page contents, fonts and ToUnicode maps");
        foreach (var stream in streams)
        {
            var length = int.Parse(stream.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var data = pdf.AsSpan(stream.Index + stream.Length, length).ToArray();
            using var inflated = new MemoryStream();
            using (var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress))
            {
                zlib.CopyTo(inflated);
            }

            Assert.That(inflated.Length, Is.GreaterThan(0));
            Assert.That(text.AsSpan(stream.Index + stream.Length + length).StartsWith("\nendstream"), Is.True);
        }
    }

    [Test]
    public void Qpdf_checks_the_file_without_a_warning()
    {
        var path = Rendered.File(Rendered.Bytes(HaveringReport.Document()), "qpdf-check");

        var check = Tool.Run("qpdf", "--check", path);

        Assert.That(check.ExitCode, Is.Zero, check.Output + check.Error);
        Assert.That(check.Output, Does.Contain("No syntax or stream encoding errors found"));
        Assert.That(check.Error, Is.Empty);
    }

    [TestCase("Plain ASCII (with parentheses) and a back\\slash")]
    [TestCase("Latin-1: £5m, café, ½")]
    [TestCase("Beyond it: “quoted” – dashes, €, Łódź, 東京")]
    public void A_title_comes_back_as_written(string title)
    {
        var document = HaveringReport.Document() with { Info = new DocumentInfo(title, "en-GB") };

        using var pdf = PdfDocument.Open(Rendered.Bytes(document));

        Assert.That(pdf.Information.Title, Is.EqualTo(title));
    }

    [TestCase(0.0, "0")]
    [TestCase(-0.00001, "0")]
    [TestCase(42.51968, "42.5197")]
    [TestCase(0.1 + 0.2, "0.3")]
    [TestCase(-12.5, "-12.5")]
    [TestCase(595.0, "595")]
    [TestCase(1e20, "1000000000")]
    [TestCase(double.NaN, "0")]
    public void Reals_have_at_most_four_decimals_and_no_exponent(double value, string expected)
    {
        var sink = new ByteSink(4);

        sink.Real(value);

        Assert.That(Encoding.ASCII.GetString(sink.Written), Is.EqualTo(expected));
    }

    [TestCase("Table 1", "/Table#201")]
    [TestCase("A/B(C)#", "/A#2FB#28C#29#23")]
    [TestCase("Café", "/Caf#C3#A9")]
    public void Names_escape_delimiters_and_bytes_outside_printable_ascii(string name, string expected)
    {
        var sink = new ByteSink(2);

        sink.Name(name);

        Assert.That(Encoding.ASCII.GetString(sink.Written), Is.EqualTo(expected));
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d{10}) (\d{5}) ([nf])\r\n")]
    private static partial Regex Entry();

    [GeneratedRegex(@"/Filter/FlateDecode/Length (\d+)>>\nstream\n")]
    private static partial Regex FlateStream();
}
