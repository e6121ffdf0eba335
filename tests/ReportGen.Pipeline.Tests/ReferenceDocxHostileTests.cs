using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Periods;
using A = DocumentFormat.OpenXml.Drawing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// Hostile reference documents (<c>--reference-docx</c>): damaged zips (seeded random damage to a good one), a zip
/// bomb, a document missing its parts, a huge picture, pictures and links that point outside the file. Each is one
/// problem line naming the file and saying what is wrong, or (for what can safely be ignored) a build that ignores
/// it; never a stack trace or "internal error", never a read outside the file, and nothing written on failure.
/// </summary>
public sealed class ReferenceDocxHostileTests
{
    [Test]
    public void Randomly_damaged_reference_documents_are_one_line_or_a_build_never_a_crash()
    {
        using var folder = new TempFolder();
        var good = Path.Combine(folder.Path, "good.docx");
        WriteReference(good, picture: ReferenceLogo.Png);
        var bytes = File.ReadAllBytes(good);
        var random = new Random(20170117);
        var outcomes = new int[2];
        for (var i = 0; i < 40; i++)
        {
            var damaged = (byte[])bytes.Clone();
            var what = random.Next(3) switch
            {
                0 => Truncate(ref damaged, random),
                1 => Flip(damaged, random),
                _ => Zero(damaged, random),
            };
            var reference = Path.Combine(folder.Path, $"damaged-{i}.docx");
            File.WriteAllBytes(reference, damaged);
            var output = Path.Combine(folder.Path, $"out-{i}");

            var outcome = Build(output, reference);

            var problems = outcome.Problems.Select(p => p.ToString()).ToList();
            var replay = $"try {i} ({what}): {string.Join(" | ", problems)}";
            Assert.That(problems, Has.None.Contains("internal error").And.None.Contains("   at "), replay);
            if (outcome.Status == BuildStatus.Built)
            {
                outcomes[0]++;
            }
            else
            {
                outcomes[1]++;
                Assert.That(problems, Has.One.StartWith(reference + ": the reference document"), replay);
                Assert.That(Directory.Exists(output) ? Directory.EnumerateFileSystemEntries(output) : [], Is.Empty, $"nothing written; {replay}");
            }
        }

        Assert.That(outcomes[1], Is.Positive, "some damage is refused");
    }

    [Test]
    public void A_zip_bomb_is_refused_before_it_is_inflated()
    {
        using var folder = new TempFolder();
        var reference = Path.Combine(folder.Path, "bomb.docx");
        WriteReference(reference, picture: ReferenceLogo.Png);

        // 200 MB of styles that deflate to a few hundred KB.
        using (var zip = ZipFile.Open(reference, ZipArchiveMode.Update))
        {
            zip.GetEntry("word/styles.xml")!.Delete();
            using var styles = zip.CreateEntry("word/styles.xml", CompressionLevel.Fastest).Open();
            styles.Write(Encoding.UTF8.GetBytes("<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"));
            var blank = new byte[1024 * 1024];
            blank.AsSpan().Fill((byte)' ');
            for (var i = 0; i < 200; i++)
            {
                styles.Write(blank);
            }

            styles.Write(Encoding.UTF8.GetBytes("</w:styles>"));
        }

        Assert.That(new FileInfo(reference).Length, Is.LessThan(3_000_000), "the bomb is small on disk");
        var before = GC.GetTotalAllocatedBytes();
        var outcome = Build(Path.Combine(folder.Path, "out"), reference);

        Assert.That(outcome.Problems.Select(p => p.ToString()), Has.One.StartWith(reference + ": the reference document: ").And.One.Contains("MB unpacked"));
        Assert.That(GC.GetTotalAllocatedBytes() - before, Is.LessThan(150_000_000), "the bomb was not inflated");
    }

    [Test]
    public void A_huge_picture_in_the_header_is_refused_with_its_size()
    {
        using var folder = new TempFolder();
        var reference = Path.Combine(folder.Path, "big-logo.docx");
        var picture = new byte[12 * 1024 * 1024];
        new Random(1).NextBytes(picture);
        ReferenceLogo.Png.CopyTo(picture, 0);
        WriteReference(reference, picture);

        var outcome = Build(Path.Combine(folder.Path, "out"), reference);

        Assert.That(outcome.Status, Is.Not.EqualTo(BuildStatus.Built));
        Assert.That(outcome.Problems.Select(p => p.ToString()), Has.One.StartWith(reference + ": the reference document: ").And.One.Contains("header picture"));
    }

    [TestCase("no document part")]
    [TestCase("no styles part")]
    [TestCase("no header part")]
    [TestCase("no picture part")]
    public void A_document_missing_its_parts_is_one_line_or_builds_without_them(string missing)
    {
        using var folder = new TempFolder();
        var reference = Path.Combine(folder.Path, "parts.docx");
        WriteReference(reference, picture: ReferenceLogo.Png);
        Func<string, bool> entry = missing switch
        {
            "no document part" => name => name == "word/document.xml",
            "no styles part" => name => name.StartsWith("word/styles", StringComparison.Ordinal),
            "no header part" => name => name.StartsWith("word/header", StringComparison.Ordinal),
            _ => name => name.EndsWith(".png", StringComparison.Ordinal),
        };
        using (var zip = ZipFile.Open(reference, ZipArchiveMode.Update))
        {
            zip.Entries.Single(e => entry(e.FullName)).Delete();
        }

        var output = Path.Combine(folder.Path, "out");
        var outcome = Build(output, reference);

        var problems = outcome.Problems.Select(p => p.ToString()).ToList();
        Assert.That(problems, Has.None.Contains("internal error"));
        if (outcome.Status != BuildStatus.Built)
        {
            Assert.That(problems, Has.One.StartWith(reference + ": the reference document"));
            Assert.That(Directory.Exists(output) ? Directory.EnumerateFileSystemEntries(output) : [], Is.Empty);
        }
        else
        {
            Assert.That(File.Exists(Path.Combine(output, "crime-disorder-cpr.docx")), Is.True);
        }
    }

    [TestCase("file:///etc/passwd")]
    [TestCase("http://example.invalid/logo.png")]
    [TestCase("\\\\server\\share\\logo.png")]
    public void A_picture_or_link_outside_the_file_is_never_fetched_nor_copied(string target)
    {
        using var folder = new TempFolder();
        var reference = Path.Combine(folder.Path, "linked.docx");
        WriteReference(reference, picture: null, externalPicture: target);

        var output = Path.Combine(folder.Path, "out");
        var outcome = Build(output, reference);

        var problems = outcome.Problems.Select(p => p.ToString()).ToList();
        Assert.That(problems, Has.None.Contains("internal error"));
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", problems));
        using var word = WordprocessingDocument.Open(Path.Combine(output, "crime-disorder-cpr.docx"), isEditable: false);
        var main = word.MainDocumentPart!;
        Assert.That(main.HeaderParts.SelectMany(h => h.ExternalRelationships.Select(r => r.Uri.OriginalString)), Has.None.EqualTo(target), "the linked picture is not carried into the pack");
        Assert.That(main.HeaderParts.SelectMany(h => h.ImageParts), Is.Empty, "nothing was fetched");
    }

    private static string Truncate(ref byte[] bytes, Random random)
    {
        var length = random.Next(bytes.Length);
        bytes = bytes[..length];
        return $"cut to {length} bytes";
    }

    private static string Flip(byte[] bytes, Random random)
    {
        var at = random.Next(bytes.Length);
        bytes[at] ^= (byte)random.Next(1, 256);
        return $"byte {at} changed";
    }

    private static string Zero(byte[] bytes, Random random)
    {
        var at = random.Next(bytes.Length);
        var length = Math.Min(random.Next(1, 64), bytes.Length - at);
        Array.Clear(bytes, at, length);
        return $"{length} bytes zeroed at {at}";
    }

    private static BuildOutcome Build(string output, string reference) => ReportBuilder.Build(new BuildRequest
    {
        ProjectDirectory = Repository.Sample("havering"),
        Period = PeriodRequest.ForQuarter(3, YearLabel.Parse("2016/17")),
        OutputDirectory = output,
        Formats = new HashSet<string> { "docx" },
        ReferenceDocx = reference,
    });

    /// <summary>A reference document with styles and a header picture: embedded (<paramref name="picture"/>) or linked (<paramref name="externalPicture"/>).</summary>
    private static void WriteReference(string path, byte[]? picture, string? externalPicture = null)
    {
        using (var word = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new W.Styles(
                new W.Style(new W.StyleName { Val = "Normal" }, new W.StyleRunProperties(new W.RunFonts { Ascii = "Georgia", HighAnsi = "Georgia" })) { Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true });
            var header = main.AddNewPart<HeaderPart>("rIdHeader");
            A.Blip blip;
            if (picture is not null)
            {
                var image = header.AddImagePart(ImagePartType.Png, "rIdImage");
                using var png = new MemoryStream(picture);
                image.FeedData(png);
                blip = new A.Blip { Embed = "rIdImage" };
            }
            else
            {
                header.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", new Uri(externalPicture!, UriKind.RelativeOrAbsolute), "rIdImage");
                main.AddHyperlinkRelationship(new Uri(externalPicture!, UriKind.RelativeOrAbsolute), isExternal: true, "rIdLink");

                // Both ways a picture can point outside: embedded by an id that is an external relationship, and linked.
                blip = new A.Blip { Embed = "rIdImage", Link = "rIdImage" };
            }

            header.Header = new W.Header(new W.Paragraph(new W.Run(ReferenceLogo.Drawing(blip))));
            main.Document = new W.Document(new W.Body(
                new W.Paragraph(new W.Hyperlink(new W.Run(new W.Text("Council template"))) { Id = "rIdLink" }),
                new W.SectionProperties(new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = "rIdHeader" })));
        }
    }
}
