using ReportGen.Rendering.Xlsx.Cells;

namespace ReportGen.Rendering.Xlsx.Tests;

/// <summary>Every form the pack prints a figure in is read back to its value and a format that prints it the same way.</summary>
public sealed class FigureParserTests
{
    [TestCase("13,143", "13143", "#,##0")]
    [TestCase("4,355", "4355", "#,##0")]
    [TestCase("0", "0", "#,##0")]
    [TestCase("999", "999", "#,##0")]
    [TestCase("1234", "1234", "0", Description = "a figure Liquid printed raw keeps its missing separator")]
    [TestCase("28.8%", "0.288", "#,##0.0%")]
    [TestCase("0.0%", "0", "#,##0.0%")]
    [TestCase("-2.0%", "-0.02", "#,##0.0%")]
    [TestCase("+4.5%", "0.045", "+#,##0.0%;-#,##0.0%;#,##0.0%")]
    [TestCase("+19", "19", "+#,##0;-#,##0;#,##0")]
    [TestCase("-29", "-29", "#,##0")]
    [TestCase("£12,345", "12345", "\"£\"#,##0")]
    [TestCase("£23,771,451.95", "23771451.95", "\"£\"#,##0.00")]
    [TestCase("£4.3m", "4300000", "\"£\"#,##0.0,,\"m\"")]
    [TestCase("-£1.2m", "-1200000", "\"£\"#,##0.0,,\"m\"")]
    [TestCase("12.5 days", "12.5", "#,##0.0\" days\"")]
    [TestCase("1 day", "1", "#,##0\" day\"")]
    [TestCase("1,234.56", "1234.56", "#,##0.00")]
    public void A_printed_figure_is_its_value_with_a_format_that_prints_it_the_same(string text, string value, string format)
    {
        var cell = FigureParser.TryParse(text);

        Assert.That(cell, Is.Not.Null);
        Assert.That((FigureParser.Invariantly(cell!.Value), cell.Format), Is.EqualTo((value, format)));
    }

    [TestCase("[c]")]
    [TestCase("n/a")]
    [TestCase("–")]
    [TestCase("")]
    [TestCase("17 of 59")]
    [TestCase("2016/17")]
    [TestCase("Q3 2016/17")]
    [TestCase("0123", Description = "a code with a leading zero")]
    [TestCase("20170131", Description = "digits without separators longer than a count the pack would print so")]
    [TestCase("427eb407", Description = "a hash prefix")]
    [TestCase("12,34", Description = "not a thousands group")]
    [TestCase("4.3m", Description = "millions are money only")]
    [TestCase("±5%")]
    [TestCase("28.0% to 40.0%")]
    [TestCase("=1+1")]
    [TestCase("-2+3")]
    [TestCase("+4.5% ")]
    [TestCase("1e5")]
    [TestCase("12.5 days or so")]
    public void Anything_else_stays_text(string text)
    {
        Assert.That(FigureParser.TryParse(text), Is.Null);
        Assert.That(FigureParser.Parse(text), Is.EqualTo(new TextCell(text)));
    }
}
