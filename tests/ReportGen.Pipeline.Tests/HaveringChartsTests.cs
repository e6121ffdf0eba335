using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Periods;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The Havering pack's Appendix 2, the Demand Pressure Dashboard (built-in corporate-performance template): a chart of
/// this year against last year for each count measure (the two count indicators and the demand measure, domestic
/// violence cases referred to the MARAC), in the PDF as tagged figures and in Word as native charts, both with the same words.
/// </summary>
public sealed class HaveringChartsTests
{
    private const string TnoAlt = "Monthly total notifiable offences, April 2016 to December 2016, against the same months a year earlier: "
        + "4.5% above last year in the year to date; highest in May 2016 (1,523), lowest in September 2016 (1,390).";

    private TempFolder _folder = null!;

    private string Out => Path.Combine(_folder.Path, "out");

    [OneTimeSetUp]
    public void BuildTheSample()
    {
        _folder = new TempFolder();
        var outcome = ReportBuilder.Build(new BuildRequest { ProjectDirectory = Repository.Sample("havering"), Period = PeriodRequest.ForQuarter(3), OutputDirectory = Out });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public void The_pdf_has_a_figure_for_each_count_indicator_with_its_alt_text()
    {
        using var pdf = PdfDocument.Open(Path.Combine(Out, "crime-disorder-cpr.pdf"));
        var alts = AltTexts(pdf).ToList();

        Assert.That(alts, Has.Count.EqualTo(3), "CSP1, CSP3 and DEM1 are counts; CSP2 is a percentage");
        Assert.That(alts[0], Is.EqualTo(TnoAlt));
        Assert.That(alts[1], Does.StartWith("Monthly number of anti-social behaviour incidents, April 2016 to December 2016"));
        Assert.That(alts[2], Does.StartWith("Monthly domestic violence cases referred to the MARAC, April 2016 to December 2016"));
        var last = pdf.GetPage(pdf.NumberOfPages).Text;
        Assert.That(last, Does.Contain("Appendix 2: Demand Pressure Dashboard"));
        Assert.That(last, Does.Contain("Total notifiable offences (13,143 in April to December 2016, +4.5% on 12,573 a year earlier)"));
    }

    [Test]
    public void The_word_file_has_the_same_charts_described_the_same_way()
    {
        using var word = WordprocessingDocument.Open(Path.Combine(Out, "crime-disorder-cpr.docx"), false);
        var main = word.MainDocumentPart!;
        var descriptions = main.Document!.Body!.Descendants<DW.DocProperties>().Select(d => d.Description?.Value).ToList();

        Assert.That(main.ChartParts.Count(), Is.EqualTo(3));
        Assert.That(descriptions[0], Is.EqualTo(TnoAlt));
        Assert.That(descriptions, Has.Count.EqualTo(3));
    }

    private static IEnumerable<string> AltTexts(PdfDocument pdf)
    {
        var scanner = pdf.Structure.TokenScanner;
        var root = pdf.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"];
        var pending = new Stack<IToken>([root]);
        var found = new List<string>();
        while (pending.Count > 0)
        {
            var token = pending.Pop();
            if (token is IndirectReferenceToken reference)
            {
                token = scanner.Get(reference.Data)?.Data ?? NullToken.Instance;
            }

            if (token is ArrayToken array)
            {
                foreach (var item in array.Data.Reverse())
                {
                    pending.Push(item);
                }
            }
            else if (token is DictionaryToken element)
            {
                if (element.TryGet(NameToken.S, out var type) && type is NameToken { Data: "Figure" } && element.TryGet(NameToken.Create("Alt"), out var alt) && alt is StringToken text)
                {
                    found.Add(text.Data);
                }

                if (element.TryGet(NameToken.K, out var kids))
                {
                    pending.Push(kids);
                }
            }
        }

        return found;
    }
}
