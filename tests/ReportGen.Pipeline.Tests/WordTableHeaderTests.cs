using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Periods;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// Every table in the Word file of every built-in pack is a data table of the body, never nested in another (Word
/// repeats the header rows of those only), with a header row marked to repeat and words in every header cell: form
/// tables (labels and values, whose labels Word cannot mark as row headers) included, and the MOPAC dashboard's,
/// whose columns are Word's own columns rather than a layout table holding them.
/// </summary>
[TestFixture("havering", 3, "2016/17", "crime-disorder-cpr.docx", 4)]
[TestFixture("mopac", 1, "2021/22", "dashboard.docx", 27)]
[TestFixture("city-of-london", 3, "2016/17", "measures.docx", 49)]
[TestFixture("maidstone", 3, "2020/21", "spi-kpi-appendix.docx", 5)] // a project's own template
public sealed class WordTableHeaderTests(string sample, int quarter, string year, string file, int tables)
{
    private TempFolder _folder = null!;
    private WordprocessingDocument _word = null!;

    [OneTimeSetUp]
    public void Build()
    {
        _folder = new TempFolder();
        var outcome = ReportBuilder.Build(new BuildRequest
        {
            ProjectDirectory = Repository.Sample(sample),
            Period = PeriodRequest.ForQuarter(quarter, YearLabel.Parse(year)),
            OutputDirectory = _folder.Path,
            Formats = new HashSet<string> { "docx" },
        });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        _word = WordprocessingDocument.Open(Path.Combine(_folder.Path, file), isEditable: false);
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        _word.Dispose();
        _folder.Dispose();
    }

    private List<W.Table> Tables => [.. _word.MainDocumentPart!.Document!.Body!.Descendants<W.Table>()];

    [Test]
    public void Every_table_has_a_repeating_header_row_with_words_in_each_cell()
    {
        Assert.That(Tables, Has.Count.EqualTo(tables), "the pack's data tables");
        foreach (var table in Tables)
        {
            var caption = table.GetFirstChild<W.TableProperties>()?.TableCaption?.Val?.Value ?? "(no caption)";
            var first = table.Elements<W.TableRow>().First();
            Assert.That(first.TableRowProperties?.GetFirstChild<W.TableHeader>(), Is.Not.Null, $"'{caption}' has a header row marked to repeat");
            Assert.That(first.Elements<W.TableCell>().Select(c => c.InnerText.Trim()), Has.All.Not.Empty, $"'{caption}': every header cell says what its column is");
        }
    }

    [Test]
    public void No_table_is_nested_in_another()
    {
        var body = _word.MainDocumentPart!.Document!.Body!;

        Assert.That(body.Elements<W.Table>().Count(), Is.EqualTo(tables), "every table is a table of the body");
        Assert.That(Tables.Where(t => t.Ancestors<W.Table>().Any()).Select(t => t.GetFirstChild<W.TableProperties>()?.TableCaption?.Val?.Value), Is.Empty);
    }
}
