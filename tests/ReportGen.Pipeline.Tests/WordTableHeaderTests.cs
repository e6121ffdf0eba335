using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Periods;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// Every data table in the Word file of every built-in pack has a header row marked to repeat, with words in every
/// header cell: form tables (labels and values, whose labels Word cannot mark as row headers) included. The only
/// tables without are the dashboard's layout tables, which hold columns, never data, and have no borders.
/// </summary>
[TestFixture("havering", 3, "2016/17", "crime-disorder-cpr.docx", 4)]
[TestFixture("mopac", 1, "2021/22", "dashboard.docx", 42)]
[TestFixture("city-of-london", 3, "2016/17", "measures.docx", 49)]
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

    private static bool IsLayout(W.Table table) => table.Descendants<W.Table>().Any();

    [Test]
    public void Every_data_table_has_a_repeating_header_row_with_words_in_each_cell()
    {
        var data = Tables.Where(t => !IsLayout(t)).ToList();
        Assert.That(Tables, Has.Count.EqualTo(tables), "the tables counted when the issue was measured");
        Assert.That(data, Is.Not.Empty);
        foreach (var table in data)
        {
            var caption = table.GetFirstChild<W.TableProperties>()?.TableCaption?.Val?.Value ?? "(no caption)";
            var first = table.Elements<W.TableRow>().First();
            Assert.That(first.TableRowProperties?.GetFirstChild<W.TableHeader>(), Is.Not.Null, $"'{caption}' has a header row marked to repeat");
            Assert.That(first.Elements<W.TableCell>().Select(c => c.InnerText.Trim()), Has.All.Not.Empty, $"'{caption}': every header cell says what its column is");
        }
    }

    [Test]
    public void The_tables_without_a_header_row_hold_other_tables_and_have_no_borders()
    {
        foreach (var table in Tables.Where(t => !t.Elements<W.TableRow>().First().Descendants<W.TableHeader>().Any()))
        {
            Assert.That(IsLayout(table), Is.True, "only layout tables lack a header row");
            var borders = table.GetFirstChild<W.TableProperties>()!.TableBorders!;
            Assert.That(borders.Elements<W.BorderType>().Select(b => b.Val!.Value), Has.All.EqualTo(W.BorderValues.Nil));
        }
    }
}
