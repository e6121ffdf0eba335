using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Rendering.Xlsx.Tests.Fixtures;

namespace ReportGen.Rendering.Xlsx.Tests;

/// <summary>
/// Figures are numbers, not text: the cell has no string type, holds the value, and its number format prints it as the
/// pack does; words, codes and RAG ratings stay text (a rating is always its word, never a colour alone).
/// </summary>
public sealed class NumberCellTests
{
    private RenderedWorkbook _workbook = null!;

    [OneTimeSetUp]
    public void Render() => _workbook = RenderedWorkbook.Of(TablesReport.Create());

    [OneTimeTearDown]
    public void Dispose() => _workbook.Dispose();

    [TestCase("CSP1", "Q3 2016/17", "4355", "#,##0")]
    [TestCase("CSP1", "YTD 2016/17", "13143", "#,##0")]
    [TestCase("CSP2", "Q3 2016/17", "0.288", "#,##0.0%")]
    [TestCase("MON1", "Q3 2016/17", "4300000", "\"£\"#,##0.0,,\"m\"")]
    [TestCase("MON1", "YTD 2016/17", "12345", "\"£\"#,##0")]
    [TestCase("DAY1", "Q3 2016/17", "12.5", "#,##0.0\" days\"")]
    [TestCase("DAY1", "YTD 2016/17", "1", "#,##0\" day\"")]
    [TestCase("CHG", "Q3 2016/17", "0.045", "+#,##0.0%;-#,##0.0%;#,##0.0%")]
    [TestCase("CHG", "YTD 2016/17", "-0.02", "#,##0.0%")]
    [TestCase("0123", "YTD 2016/17", "-1200000", "\"£\"#,##0.0,,\"m\"")]
    public void A_figure_is_a_number_with_the_format_the_pack_prints_it_in(string row, string column, string value, string format)
    {
        var cell = _workbook.CellAt("Table_2", row, column);
        Assert.That(cell.DataType?.Value ?? CellValues.Number, Is.EqualTo(CellValues.Number));
        Assert.That(cell.CellValue!.Text, Is.EqualTo(value));
        Assert.That(_workbook.FormatCode(cell), Is.EqualTo(format));
        Assert.That(cell.CellFormula, Is.Null);
    }

    [TestCase("CSP1", "YTD 2016/17 (detail)", "last year 12,573\n(+4.5%)")]
    [TestCase("CSP1", "RAG", "Red")]
    [TestCase("CHG", "RAG", "n/a")]
    [TestCase("0123", "Ref", "0123")]
    [TestCase("0123", "Indicator", "17 of 59")]
    [TestCase("0123", "Q3 2016/17", "2016/17")]
    [TestCase("0123", "RAG", "20170131")]
    [TestCase("HOM", "Q3 2016/17", "[c]")]
    public void Words_codes_ratings_and_the_lines_under_a_figure_are_text(string row, string column, string text)
    {
        var cell = _workbook.CellAt("Table_2", row, column);
        Assert.That(cell.DataType?.Value, Is.EqualTo(CellValues.SharedString));
        Assert.That(_workbook.Text(cell), Is.EqualTo(text));
    }

    [Test]
    public void A_figure_over_lines_is_split_into_the_number_and_its_detail_and_a_column_of_them_all_splits()
    {
        // CSP2's YTD is one line, yet the column splits for CSP1's: the detail cell is then empty, not made up.
        Assert.That(_workbook.CellAt("Table_2", "CSP2", "YTD 2016/17").CellValue!.Text, Is.EqualTo("0.257"));
        Assert.That(_workbook.Rows("Table_2").Single(r => r.GetValueOrDefault("B") == "CSP2").ContainsKey("F"), Is.False);
    }

    [Test]
    public void Figures_in_a_form_and_in_labels_stay_as_written()
    {
        // A form's label is a row header; a phone number under a name is text with its line break.
        Assert.That(_workbook.Text(_workbook.CellAt("Table_1", "Report Author and contact details", "Value")), Is.EqualTo("Iain Agar\n01708 432 928"));
    }
}
