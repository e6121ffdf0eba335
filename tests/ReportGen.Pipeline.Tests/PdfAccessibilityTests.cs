using System.Text.RegularExpressions;
using ReportGen.Core.Periods;
using ReportGen.Rendering.Pdf.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The machine-checkable PDF/UA-1 points (the Matterhorn Protocol's), over every built-in pack as built from its
/// sample, and the Maidstone sample's pack from its own template: what ReportGen claims with <c>pdfuaid:part</c> in the XMP is checked here, since no outside validator
/// (veraPDF, PAC) runs on this machine. Each pack is checked as a PDF/A-2 (<c>--pdfa</c>) too, which must stay tagged.
/// </summary>
[TestFixture("havering", 3, "2016/17", "crime-disorder-cpr.pdf", false)] // corporate-performance
[TestFixture("mopac", 1, "2021/22", "dashboard.pdf", false)] // thematic-dashboard
[TestFixture("city-of-london", 3, "2016/17", "measures.pdf", false)] // measure-sheets
[TestFixture("maidstone", 3, "2020/21", "spi-kpi-appendix.pdf", false)] // a project's own template
[TestFixture("havering", 3, "2016/17", "crime-disorder-cpr.pdf", true)]
[TestFixture("mopac", 1, "2021/22", "dashboard.pdf", true)]
[TestFixture("city-of-london", 3, "2016/17", "measures.pdf", true)]
[TestFixture("maidstone", 3, "2020/21", "spi-kpi-appendix.pdf", true)]
public sealed partial class PdfAccessibilityTests(string sample, int quarter, string year, string file, bool pdfA)
{
    private TempFolder _folder = null!;
    private string _path = null!;
    private PdfDocument _pdf = null!;
    private StructureNode _tree = null!;

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
            PdfA = pdfA,
        });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        _path = Path.Combine(_folder.Path, file);
        _pdf = PdfDocument.Open(_path);
        _tree = StructureTree.Read(_pdf);
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        _pdf.Dispose();
        _folder.Dispose();
    }

    [Test]
    public void The_xmp_claims_pdf_ua_1_and_names_the_title()
    {
        Assert.That(_pdf.TryGetXmpMetadata(out var xmp), Is.True);
        var text = System.Text.Encoding.UTF8.GetString(xmp!.GetXmlBytes().ToArray());
        Assert.That(text, Does.Contain("<pdfuaid:part>1</pdfuaid:part>"));
        Assert.That(text, Does.Contain("<dc:title>"));
    }

    [Test]
    public void The_catalog_is_marked_has_a_language_and_shows_the_title()
    {
        var catalog = _pdf.Structure.Catalog.CatalogDictionary;
        Assert.That(catalog.TryGet(NameToken.Create("Lang"), out var lang) && lang is StringToken { Data.Length: > 0 }, Is.True, "/Lang");
        Assert.That(_pdf.Structure.Catalog.CatalogDictionary.ContainsKey(NameToken.Create("MarkInfo")), Is.True, "/MarkInfo");
        Assert.That(Tool("pdfinfo", _path), Does.Match(@"Tagged:\s+yes"));
    }

    [Test]
    public void Every_glyph_is_tagged_content_or_an_artifact()
    {
        foreach (var page in _pdf.GetPages())
        {
            var marked = Flatten(page.GetMarkedContents()).Sum(e => e.Letters.Count - e.Children.Sum(c => c.Letters.Count));
            Assert.That(marked, Is.EqualTo(page.Letters.Count), $"page {page.Number}: every letter inside a tag or an artifact");
        }
    }

    [Test]
    public void Headings_go_down_one_level_at_a_time()
    {
        var levels = _tree.Descendants().Select(n => Heading().Match(n.Type)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(levels, Is.Not.Empty);
        Assert.That(levels[0], Is.EqualTo(1), "the first heading is H1");
        Assert.That(levels.Zip(levels.Skip(1)).Where(p => p.Second > p.First + 1), Is.Empty, "no level is skipped going down");
    }

    [Test]
    public void Table_headers_have_a_scope_and_figures_a_text_alternative()
    {
        Assert.That(_tree.All("TH").Where(th => !th.Attributes.ContainsKey("Scope")), Is.Empty);
        Assert.That(_tree.All("Figure").Where(f => string.IsNullOrWhiteSpace(f.Alt)), Is.Empty);
    }

    [Test]
    public void Every_font_is_embedded_with_a_unicode_map()
    {
        var fonts = Tool("pdffonts", _path).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.That(fonts, Is.Not.Empty);
        foreach (var line in fonts)
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(columns[^5], Is.EqualTo("yes"), $"embedded: {line}"); // columns from the end: emb sub uni object generation
            Assert.That(columns[^3], Is.EqualTo("yes"), $"ToUnicode: {line}");
        }
    }

    [Test]
    public void The_parent_tree_maps_every_marked_content_item_and_link_to_the_element_that_holds_it()
    {
        var scanner = _pdf.Structure.TokenScanner;
        IToken Resolve(IToken token) => token is IndirectReferenceToken r ? UglyToad.PdfPig.Parser.Parts.DirectObjectFinder.Get<IToken>(r.Data, scanner) ?? NullToken.Instance : token;
        var root = (DictionaryToken)Resolve(_pdf.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        var parents = new Dictionary<int, IToken>();
        void Collect(DictionaryToken node)
        {
            if (node.TryGet(NameToken.Create("Nums"), out var nums) && Resolve(nums) is ArrayToken pairs)
            {
                for (var i = 0; i + 1 < pairs.Length; i += 2)
                {
                    parents[((NumericToken)Resolve(pairs[i])).Int] = pairs[i + 1];
                }
            }

            if (node.TryGet(NameToken.Kids, out var kids) && Resolve(kids) is ArrayToken children)
            {
                foreach (var child in children.Data)
                {
                    Collect((DictionaryToken)Resolve(child));
                }
            }
        }

        Collect((DictionaryToken)Resolve(root.Data["ParentTree"]));
        IEnumerable<IToken> Kids(DictionaryToken element) =>
            !element.TryGet(NameToken.K, out var k) ? [] : Resolve(k) is ArrayToken array ? array.Data.Select(Resolve) : [Resolve(k)];

        var checkedItems = 0;
        foreach (var page in _pdf.GetPages())
        {
            var ids = Flatten(page.GetMarkedContents()).Select(m => m.MarkedContentIdentifier).Where(id => id >= 0).Distinct().ToList();
            if (ids.Count > 0)
            {
                Assert.That(page.Dictionary.TryGet(NameToken.Create("StructParents"), out var key), Is.True, $"page {page.Number} has /StructParents");
                var array = (ArrayToken)Resolve(parents[((NumericToken)Resolve(key!)).Int]);
                foreach (var id in ids)
                {
                    Assert.That(id, Is.LessThan(array.Length), $"page {page.Number}: MCID {id} is in the parent tree");
                    var element = (DictionaryToken)Resolve(array[id]);
                    var holds = Kids(element).Any(kid => kid is NumericToken n ? n.Int == id
                        : kid is DictionaryToken mcr && mcr.TryGet(NameToken.Create("MCID"), out var mcid) && ((NumericToken)Resolve(mcid)).Int == id);
                    Assert.That(holds, Is.True, $"page {page.Number}: the element the parent tree names for MCID {id} holds it");
                    checkedItems++;
                }
            }

            foreach (var annotation in page.GetAnnotations())
            {
                Assert.That(annotation.AnnotationDictionary.TryGet(NameToken.Create("StructParent"), out var parentKey), Is.True, $"page {page.Number}: a link annotation has /StructParent");
                var link = (DictionaryToken)Resolve(parents[((NumericToken)Resolve(parentKey!)).Int]);
                Assert.That(((NameToken)Resolve(link.Data["S"])).Data, Is.EqualTo("Link"));
                Assert.That(Kids(link).OfType<DictionaryToken>().Any(kid => kid.TryGet(NameToken.Type, out var type) && Resolve(type) is NameToken { Data: "OBJR" }), Is.True, "the Link holds an OBJR for its annotation");
                Assert.That(annotation.Content, Is.Not.Empty, "the annotation has /Contents");
            }
        }

        Assert.That(checkedItems, Is.GreaterThan(0));
    }

    private static IEnumerable<MarkedContentElement> Flatten(IEnumerable<MarkedContentElement> elements) =>
        elements.SelectMany(e => Flatten(e.Children).Prepend(e));

    private static string Tool(string name, string path)
    {
        var start = new System.Diagnostics.ProcessStartInfo(name, [path]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException($"{name} could not be started");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    [GeneratedRegex(@"^H([1-6])$")]
    private static partial Regex Heading();
}
