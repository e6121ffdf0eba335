using System.Text;
using System.Xml.Linq;
using ReportGen.Core.Periods;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// <c>--pdfa</c> over every built-in pack: the machine-checkable points of PDF/A-2a (ISO 19005-2) that ReportGen's
/// output could break, read back from the file, since no PDF/A validator (veraPDF) runs on this machine. That the
/// same files stay tagged PDF/UA-1 is <see cref="PdfAccessibilityTests"/>'s part.
/// </summary>
[TestFixture("havering", 3, "2016/17", "crime-disorder-cpr.pdf")]
[TestFixture("mopac", 1, "2021/22", "dashboard.pdf")]
[TestFixture("city-of-london", 3, "2016/17", "measures.pdf")]
public sealed class PdfArchiveTests(string sample, int quarter, string year, string file)
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace PdfAId = "http://www.aiim.org/pdfa/ns/id/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace PdfaSchema = "http://www.aiim.org/pdfa/ns/schema#";

    private TempFolder _folder = null!;
    private string _path = null!;
    private byte[] _bytes = null!;
    private PdfDocument _pdf = null!;
    private XDocument _xmp = null!;

    [OneTimeSetUp]
    public void Build()
    {
        _folder = new TempFolder();
        var outcome = ReportBuilder.Build(new BuildRequest
        {
            ProjectDirectory = Repository.Sample(sample),
            Period = PeriodRequest.ForQuarter(quarter, YearLabel.Parse(year)),
            OutputDirectory = _folder.Path,
            Formats = new HashSet<string> { "pdf" },
            PdfA = true,
            Created = new DateTimeOffset(2017, 1, 17, 9, 30, 0, TimeSpan.Zero),
        });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        _path = Path.Combine(_folder.Path, file);
        _bytes = File.ReadAllBytes(_path);
        _pdf = PdfDocument.Open(_path);
        Assert.That(_pdf.TryGetXmpMetadata(out var xmp), Is.True, "the file has XMP metadata");
        _xmp = XDocument.Parse(Encoding.UTF8.GetString(xmp!.GetXmlBytes().ToArray()).TrimStart('\uFEFF'));
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        _pdf.Dispose();
        _folder.Dispose();
    }

    private IPdfTokenScanner Scanner => _pdf.Structure.TokenScanner;

    private DictionaryToken Catalog => _pdf.Structure.Catalog.CatalogDictionary;

    [Test]
    public void The_xmp_identifies_pdf_a_2a_and_describes_the_pdf_ua_schema_it_uses()
    {
        Assert.That(_xmp.Descendants(PdfAId + "part").Select(e => e.Value), Is.EqualTo(new[] { "2" }));
        Assert.That(_xmp.Descendants(PdfAId + "conformance").Select(e => e.Value), Is.EqualTo(new[] { "A" }));

        // PDF/A allows only its predefined schemas unless an extension schema describes the others.
        var described = _xmp.Descendants(PdfaSchema + "namespaceURI").Select(e => e.Value).ToList();
        var used = _xmp.Descendants(Rdf + "Description").SelectMany(d => d.Elements()).Select(e => e.Name.NamespaceName).Distinct();
        var predefined = new[] { Dc.NamespaceName, Pdf.NamespaceName, Xmp.NamespaceName, "http://ns.adobe.com/xap/1.0/mm/", PdfAId.NamespaceName, "http://www.aiim.org/pdfa/ns/extension/" };
        Assert.That(used.Except(predefined), Is.SubsetOf(described), "every schema outside PDF/A's own is described");
        Assert.That(described, Does.Contain("http://www.aiim.org/pdfua/ns/id/"));
    }

    [Test]
    public void The_plain_build_does_not_claim_pdf_a()
    {
        using var folder = new TempFolder();
        var outcome = ReportBuilder.Build(new BuildRequest
        {
            ProjectDirectory = Repository.Sample(sample),
            Period = PeriodRequest.ForQuarter(quarter, YearLabel.Parse(year)),
            OutputDirectory = folder.Path,
            Formats = new HashSet<string> { "pdf" },
        });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built));
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(folder.Path, file)));
        Assert.That(text, Does.Not.Contain("pdfaid"));
        Assert.That(text, Does.Not.Contain("/OutputIntents"));
    }

    [Test]
    public void An_srgb_output_intent_carries_an_icc_profile_with_three_components()
    {
        Assert.That(Catalog.TryGet(NameToken.Create("OutputIntents"), Scanner, out ArrayToken? intents), Is.True, "/OutputIntents");
        var intent = DirectObjectFinder.Get<DictionaryToken>(intents!.Data.Single(), Scanner)!;
        Assert.That(((NameToken)intent.Data["S"]).Data, Is.EqualTo("GTS_PDFA1"));
        Assert.That(intent.TryGet(NameToken.Create("OutputConditionIdentifier"), Scanner, out StringToken? condition) && condition!.Data.Length > 0, Is.True);
        var profile = DirectObjectFinder.Get<StreamToken>(intent.Data["DestOutputProfile"], Scanner)!;
        Assert.That(profile.StreamDictionary.TryGet(NameToken.N, Scanner, out NumericToken? n) ? n!.Int : 0, Is.EqualTo(3));
        var icc = profile.Decode(UglyToad.PdfPig.Filters.DefaultFilterProvider.Instance).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(Encoding.ASCII.GetString(icc, 36, 4), Is.EqualTo("acsp"), "an ICC profile's signature");
            Assert.That(Encoding.ASCII.GetString(icc, 16, 4), Is.EqualTo("RGB "), "an RGB profile");
            Assert.That(icc[8], Is.LessThan(5), "ICC version 4 or older, as PDF/A-2 allows");
        });
    }

    [Test]
    public void The_metadata_stream_is_not_filtered_and_the_file_not_encrypted()
    {
        var metadata = DirectObjectFinder.Get<StreamToken>(Catalog.Data["Metadata"], Scanner)!;
        Assert.That(metadata.StreamDictionary.ContainsKey(NameToken.Filter), Is.False, "XMP readable without decoding");
        Assert.That(_pdf.Structure.Trailer.EncryptionToken, Is.Null);
        Assert.That(_pdf.Structure.Trailer.Identifier, Has.Count.EqualTo(2), "a file identifier in the trailer");
    }

    [Test]
    public void The_header_is_pdf_1_7_at_most_with_a_binary_comment()
    {
        var header = Encoding.Latin1.GetString(_bytes, 0, 20).Split('\n');
        Assert.That(header[0], Does.Match(@"^%PDF-1\.[4-7]$"));
        Assert.That(header[1].Length, Is.GreaterThanOrEqualTo(5));
        Assert.That(header[1][0], Is.EqualTo('%'));
        Assert.That(header[1].Skip(1).Take(4).All(c => c > 127), Is.True, "four bytes above 127 after the %");
    }

    [Test]
    public void Every_annotation_prints_and_none_is_hidden_and_no_action_runs_code()
    {
        var annotations = 0;
        foreach (var page in _pdf.GetPages())
        {
            foreach (var annotation in page.GetAnnotations())
            {
                annotations++;
                var flags = annotation.AnnotationDictionary.TryGet(NameToken.F, Scanner, out NumericToken? f) ? f!.Int : 0;
                Assert.That(flags & 4, Is.EqualTo(4), $"page {page.Number}: the Print flag");
                Assert.That(flags & (1 | 2 | 32 | 256), Is.Zero, $"page {page.Number}: not invisible, hidden, no-view or toggle-no-view");
            }
        }

        var text = Encoding.Latin1.GetString(_bytes);
        foreach (var forbidden in new[] { "/JavaScript", "/Launch", "/EmbeddedFiles", "/AA ", "/Encrypt" })
        {
            Assert.That(text, Does.Not.Contain(forbidden));
        }

        Assert.That(annotations, sample == "havering" ? Is.GreaterThan(0) : Is.GreaterThanOrEqualTo(0));
    }

    [Test]
    public void The_document_information_says_what_the_xmp_says()
    {
        var info = _pdf.Information;
        string Xmp1(XName name) => _xmp.Descendants(name).Single().Descendants(Rdf + "li").Select(e => e.Value).DefaultIfEmpty(_xmp.Descendants(name).Single().Value).First();
        Assert.Multiple(() =>
        {
            Assert.That(Xmp1(Dc + "title"), Is.EqualTo(info.Title));
            Assert.That(_xmp.Descendants(Pdf + "Producer").Single().Value, Is.EqualTo(info.Producer));
            Assert.That(_xmp.Descendants(Xmp + "CreatorTool").Single().Value, Is.EqualTo(info.Creator));
            Assert.That(_xmp.Descendants(Pdf + "Keywords").Single().Value, Is.EqualTo(info.Keywords));
            if (info.Author is { } author)
            {
                Assert.That(Xmp1(Dc + "creator"), Is.EqualTo(author));
            }

            if (info.Subject is { } subject)
            {
                Assert.That(Xmp1(Dc + "description"), Is.EqualTo(subject));
            }

            Assert.That(DateTimeOffset.Parse(_xmp.Descendants(Xmp + "CreateDate").Single().Value, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(info.GetCreatedDateTimeOffset()));
            Assert.That(DateTimeOffset.Parse(_xmp.Descendants(Xmp + "ModifyDate").Single().Value, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(info.GetModifiedDateTimeOffset()));
        });
    }
}
