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
/// The file ReportGen's own writer makes: its cross-reference stream points at every object (in the file or in an
/// object stream), every stream is a whole zlib stream, qpdf finds nothing to report, and text strings come back as
/// written whatever their characters.
/// </summary>
public sealed partial class PdfFileTests
{
    [Test]
    public void Each_cross_reference_entry_points_at_its_object_and_startxref_at_the_cross_reference_stream()
    {
        var pdf = Rendered.Bytes(HaveringReport.Document());
        var text = Encoding.Latin1.GetString(pdf);

        var start = int.Parse(StartXref().Matches(text)[^1].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var table = XrefStream().Match(text, start);
        Assert.That(table.Success && table.Index == start, Is.True, "startxref points at the cross-reference stream");
        var size = int.Parse(table.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        var rows = Inflate(pdf.AsSpan(table.Index + table.Length, int.Parse(table.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(rows, Has.Length.EqualTo(size * 7), "a row of 1 + 4 + 2 bytes per object");
        Assert.That(rows[0], Is.Zero, "object 0 is free");

        var packed = 0;
        for (var number = 1; number < size; number++)
        {
            var row = rows.AsSpan(number * 7, 7);
            var field = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(row[1..]);
            if (row[0] == 1)
            {
                Assert.That(text[field..], Does.StartWith($"{number} 0 obj\n"), $"object {number}");
            }
            else
            {
                Assert.That(row[0], Is.EqualTo(2), $"object {number} is in a file position or an object stream");
                var stream = Entry(rows, field);
                Assert.That(text[stream..], Does.Match($@"\A{field} 0 obj\n<</Type/ObjStm/N \d+/First \d+"), $"object {number}'s object stream {field}");
                packed++;
            }
        }

        Assert.That(packed, Is.GreaterThan(100), "the structure elements are packed into object streams");
    }

    [Test]
    public void The_structure_elements_packed_into_object_streams_are_read_back()
    {
        var path = Rendered.File(Rendered.Bytes(HaveringReport.Document()), "object-streams");

        var expanded = Tool.Run("qpdf", "--qdf", "--object-streams=disable", path, "-");

        Assert.That(expanded.ExitCode, Is.Zero, expanded.Error);
        Assert.That(Regex.Matches(expanded.Output, "/Type /StructElem").Count, Is.GreaterThan(100));
        Assert.That(expanded.Output, Does.Contain("/Type /StructTreeRoot"));
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

    [GeneratedRegex(@"(\d+) 0 obj\n<</Type/XRef/Size (\d+)/W\[1 4 2\].*?/Filter/FlateDecode/Length (\d+)>>\nstream\n")]
    private static partial Regex XrefStream();

    // The file offset of object `number`, which is not in an object stream.
    static int Entry(byte[] rows, int number)
    {
        Assert.That(rows[number * 7], Is.EqualTo(1), $"object {number} is at a file position");
        return (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(rows.AsSpan((number * 7) + 1, 4));
    }

    static byte[] Inflate(ReadOnlySpan<byte> zlib)
    {
        using var inflated = new MemoryStream();
        using (var stream = new ZLibStream(new MemoryStream(zlib.ToArray()), CompressionMode.Decompress))
        {
            stream.CopyTo(inflated);
        }

        return inflated.ToArray();
    }

    [GeneratedRegex(@"/Filter/FlateDecode/Length (\d+)>>\nstream\n")]
    private static partial Regex FlateStream();
}
