using System.Text;
using static ReportGen.Ingest.Tests.Measures.MeasuresReading;

namespace ReportGen.Ingest.Tests.Measures;

/// <summary>Every check of the measures CSV, with the exact line a user sees.</summary>
public sealed class MeasuresValidationTests
{
    private static string[] ProblemsOf(string csv) => Read(csv).Problems;

    [TestCase("indicator,period,value\nCSP1,2016-10,abc\n", "data/m.csv:2:14: 'abc' is not a number; write a number such as 13,143 or 28.8%, or leave it blank (or [x]) for no value")] // the brief's own example
    [TestCase("indicator,period,value\nCSP1,2016-10,\"1,2\"\n", "data/m.csv:2:14: '1,2' is not a number; write a number such as 13,143 or 28.8%, or leave it blank (or [x]) for no value")] // a comma that is not a thousands separator
    [TestCase("indicator,period,value\nCSP1,2016-10,  -\n", "data/m.csv:2:16: '-' is not a number; write a number such as 13,143 or 28.8%, or leave it blank (or [x]) for no value")] // the column skips the padding
    [TestCase("indicator,period,value,target\nCSP1,2016-10,1,tbc\n", "data/m.csv:2:16: 'tbc' is not a number; write a number such as 13,143 or 28.8%, or leave it blank (or [x]) for no value")] // the target column is checked like value
    [TestCase("indicator,period,value,provisional\nCSP1,2016-10,5,maybe\n", "data/m.csv:2:16: 'maybe' is not a provisional mark; write yes (or *) for a provisional figure, or leave it blank for a final one")] // a mark that says neither
    [TestCase("indicator,period,value\nCSP1,2016-10,£5\n", "data/m.csv:2:14: CSP1 is not money (unit count), so its value cannot have a pound sign; write the number alone, or set unit: currency")] // a pound sign on a count is a mistake, not money
    [TestCase("indicator,period,value\nBUD,2016-10,£5%\n", "data/m.csv:2:13: '£5%' is not a number; write a number such as 13,143 or 28.8%, or leave it blank (or [x]) for no value")] // pounds and a percent sign at once
    [TestCase("indicator,period,value\nBUD,2016-10,5£\n", "data/m.csv:2:13: '5£' is not a number; write a number such as 13,143 or 28.8%, or leave it blank (or [x]) for no value")] // the sign goes before the number
    [TestCase("indicator,period,value\nCSP1,Oct 2016,1\n", "data/m.csv:2:6: 'Oct 2016' is not a period; expected 2016-10 (a month), 2016/17 Q3 (a quarter) or 2016/17 (a financial year)")] // a month written in words
    [TestCase("indicator,period,value\nCSP1,2016/17 Q5,1\n", "data/m.csv:2:6: '2016/17 Q5' names quarter 5; quarters run from Q1 to Q4")] // a period the parser rejects gives the parser's reason
    [TestCase("indicator,period,value\n,2016-10,1\n", "data/m.csv:2:1: the indicator is blank; write the indicator's id, such as CSP1")] // a row must say whose figure it is
    [TestCase("indicator,period,value,rating\nCSP1,2016-10,1,Yellow\n", "data/m.csv:2:16: 'Yellow' is not a rating; write G, A or R (or Green, Amber, Red), or leave it blank")] // only the RAG words
    [TestCase("indicator,period,numerator,denominator\nMARAC,2016-10,17,\n", "data/m.csv:2:18: the denominator is blank but the numerator is 17; give both, or neither and a value")] // a rate needs both halves
    [TestCase("indicator,period,numerator,denominator\nMARAC,2016-10,,59\n", "data/m.csv:2:15: the numerator is blank but the denominator is 59; give both, or neither and a value")] // the reverse
    [TestCase("indicator,period,numerator,denominator\nMARAC,2016-10,60,59\n", "data/m.csv:2:15: the numerator 60 is above the denominator 59, which a percentage cannot be; check the two columns")] // a percentage above 100
    [TestCase("indicator,period,value\nCSP1,2016-10,-5\n", "data/m.csv:2:14: CSP1 counts things, so its value cannot be -5; check the figure (a fall is shown by the figures, not by a negative count)")] // a count cannot be negative
    [TestCase("indicator,period,value\nCSP1,2016-10,1,2\n", "data/m.csv:2:1: this row has 4 fields but the header has 3; check for a missing or extra comma, and put values with commas in quotes (\"13,143\")")] // ragged: too many
    [TestCase("indicator,period,value\nCSP1,2016-10\n", "data/m.csv:2:1: this row has 2 fields but the header has 3; check for a missing or extra comma, and put values with commas in quotes (\"13,143\")")] // ragged: too few
    [TestCase("indicator,period,value\nCSP1,2016-10,\"13,143\n", "data/m.csv:2:14: this quote is not closed on its line; close it with a matching \" or remove it")] // unbalanced, at the end of the file
    [TestCase("indicator,period,value\nCSP1,2016-10,1,\"x\n", "data/m.csv:2:16: this quote is not closed on its line; close it with a matching \" or remove it")] // unclosed in a field that is not the last
    [TestCase("indicator,period,value\nCSP1,20\"16-10,1\n", "data/m.csv:2:8: a quote inside a field that does not start with one; put the whole field in quotes and double the quote inside (\"a \"\"b\"\" c\"), or remove it")] // a stray quote in the middle of a field
    [TestCase("indicator,period,value\nCSP1,\"2016-10\"x,1\n", "data/m.csv:2:15: text follows the closing quote of a field; put the whole field in quotes and double any quote inside it")] // a quoted field followed by text
    public void Each_bad_field_is_an_error_at_its_line_and_column(string csv, string expected) =>
        Assert.That(ProblemsOf(csv), Is.EqualTo(new[] { expected }));

    [Test]
    public void An_unbalanced_quote_does_not_swallow_the_rows_after_it()
    {
        var (observations, problems) = Read("indicator,period,value\nCSP1,2016-10,\"5\nCSP1,2016-11,6\n");
        Assert.That(problems, Is.EqualTo(new[] { "data/m.csv:2:14: this quote is not closed on its line; close it with a matching \" or remove it" }));
        Assert.That(observations.Single().Value, Is.EqualTo(6m));
    }

    [Test]
    public void Every_bad_field_of_a_file_is_reported()
    {
        Assert.That(ProblemsOf("indicator,period,value,rating\nCSP1,2016-13,x,Q\nCSP1,2016-10,1\n"), Is.EqualTo(new[]
        {
            "data/m.csv:2:6: '2016-13' has month 13; months run from 01 to 12",
            "data/m.csv:2:14: 'x' is not a number; write a number such as 13,143 or 28.8%, or leave it blank (or [x]) for no value",
            "data/m.csv:2:16: 'Q' is not a rating; write G, A or R (or Green, Amber, Red), or leave it blank",
            "data/m.csv:3:1: this row has 3 fields but the header has 4; check for a missing or extra comma, and put values with commas in quotes (\"13,143\")",
        }));
    }

    [TestCase("indicator,value\n", "data/m.csv:1:1: the header has no period column; the columns found are 'indicator', 'value'; a measures CSV needs indicator, period and value (or numerator and denominator)")] // a missing period column
    [TestCase("CSP1,2016-10,5\n", "data/m.csv:1:1: the header has no indicator and no period and no value (or numerator and denominator) column; the columns found are 'CSP1', '2016-10', '5'; a measures CSV needs indicator, period and value (or numerator and denominator)")] // no header row at all
    [TestCase("indicator,period,numerator\n", "data/m.csv:1:1: the header has no denominator (there is a numerator) column; the columns found are 'indicator', 'period', 'numerator'; a measures CSV needs indicator, period and value (or numerator and denominator)")] // a rate without its denominator column
    [TestCase("\n\nindicator,period\n", "data/m.csv:3:1: the header has no value (or numerator and denominator) column; the columns found are 'indicator', 'period'; a measures CSV needs indicator, period and value (or numerator and denominator)")] // blank lines before the header
    [TestCase("indicator,period,value,Value\n", "data/m.csv:1:1: the header names 'Value' twice (columns 3 and 4); keep one of them")] // two columns for one meaning would be ambiguous
    [TestCase("", "data/m.csv: the file is empty; it needs a header row such as indicator,period,value and a row for each figure")] // zero bytes
    [TestCase(" \r\n\n", "data/m.csv: the file is empty; it needs a header row such as indicator,period,value and a row for each figure")] // only blank lines
    public void The_header_is_checked(string csv, string expected) =>
        Assert.That(ProblemsOf(csv), Is.EqualTo(new[] { expected }));

    [Test]
    public void Other_columns_get_one_warning_per_file()
    {
        var (observations, problems) = Read("indicator,period,value,notes,source\nCSP1,2016-10,1,a,b\nCSP1,2016-11,1,c,d\n");
        Assert.That(problems, Is.EqualTo(new[] { "data/m.csv:1:1: warning: the columns 'notes', 'source' are not read; the columns read are indicator, period, value, numerator, denominator, breakdown, target, rating, provisional" }));
        Assert.That(observations, Has.Length.EqualTo(2));
    }

    [Test]
    public void A_binary_file_is_an_error_not_a_flood_of_bad_rows() =>
        Assert.That(Read([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x0A, 0x00]).Problems, Is.EqualTo(new[] { "data/m.csv:1:5: this is not a text file (it holds a NUL byte); save the data as CSV text (UTF-8)" }));

    [Test]
    public void Duplicate_rows_name_both_lines()
    {
        var (observations, problems) = Read("indicator,period,value,breakdown\nCSP1,2016-10,1,\nCSP1,2016-10,2,Male\nCSP1, 2016-10 ,3,\nCSP1,2016-10,4,Male\n");
        Assert.That(problems, Is.EqualTo(new[]
        {
            "data/m.csv:4:1: CSP1 for 2016-10 is given twice: here and at data/m.csv:2; keep one row",
            "data/m.csv:5:1: CSP1 for 2016-10 (breakdown 'Male') is given twice: here and at data/m.csv:3; keep one row",
        }));
        Assert.That(observations.Select(o => o.Value), Is.EqualTo(new decimal?[] { 1m, 2m }));
    }

    [Test]
    public void Figures_at_two_granularities_for_one_series_are_an_error_once()
    {
        Assert.That(ProblemsOf("indicator,period,value,breakdown\nCSP1,2016-10,1,\nCSP1,2016-11,1,Male\nCSP1,2016/17 Q3,3,\nCSP1,2016/17 Q4,3,\nCSP1,2016/17,,\n"), Is.EqualTo(new[]
        {
            "data/m.csv:4:1: CSP1 has figures for months (from data/m.csv:2) and for quarters (here, CSP1 for 2016/17 Q3); give an indicator its figures at one granularity",
        }));
    }

    [Test]
    public void Unknown_indicators_get_one_warning_per_id_and_their_rows_are_ignored()
    {
        var (observations, problems) = Read("indicator,period,value\nCSP1,2016-10,1\nCSP2,2016-10,1\nCSP2,2016-11,1\nASB9,2016-10,1\n");
        Assert.That(problems, Is.EqualTo(new[]
        {
            "data/m.csv:3:1: warning: 'CSP2' is not a defined indicator, so its 2 rows are ignored; did you mean 'CSP1'?",
            "data/m.csv:5:1: warning: 'ASB9' is not a defined indicator, so its row is ignored; define it under indicators/ or correct the id",
        }));
        Assert.That(observations.Select(o => o.IndicatorId), Is.EqualTo(new[] { "CSP1" }));
    }

    [Test]
    public void Columns_are_counted_in_characters_not_bytes()
    {
        var csv = "indicator,breakdown,period,value\nCSP1,Café £,2016-10,x\n";
        Assert.That(Read(Encoding.UTF8.GetBytes(csv)).Problems, Is.EqualTo(new[] { "data/m.csv:2:21: 'x' is not a number; write a number such as 13,143 or 28.8%, or leave it blank (or [x]) for no value" }));
    }
}
