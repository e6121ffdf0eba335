using System.Text;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using static ReportGen.Ingest.Tests.Measures.MeasuresReading;

namespace ReportGen.Ingest.Tests.Measures;

/// <summary>Reading the measures CSV: what is accepted.</summary>
public sealed class MeasuresCsvTests
{
    private static Period P(string text) =>
        PeriodParser.TryParse(text, 4, out var period, out var error) ? period : throw new AssertionException(error!);

    private static Observation[] Clean(string csv)
    {
        var (observations, problems) = Read(csv);
        Assert.That(problems, Is.Empty);
        return observations;
    }

    [Test]
    public void The_contract_columns_are_read()
    {
        var observations = Clean("indicator,period,value,numerator,denominator,breakdown,target,rating\nCSP1,2016/17 Q3,4355,,,,4125,R\nMARAC,2016-12,,17,59,Male,,\n");
        Assert.That(observations, Is.EqualTo(new[]
        {
            new Observation("CSP1", P("2016/17 Q3"), null, 4355m, null, null, 4125m, Rag.Red) { Source = new SourceLocation("data/m.csv", 2, 1) },
            new Observation("MARAC", P("2016-12"), "Male", null, 17m, 59m, null, null) { Source = new SourceLocation("data/m.csv", 3, 1) },
        }), "each row carries its line, for reportgen explain");
    }

    [Test]
    public void Columns_may_come_in_any_order_and_any_case()
    {
        var observations = Clean("Value, PERIOD ,Indicator\n12,2016-10,CSP1\n");
        Assert.That(observations, Is.EqualTo(new[] { new Observation("CSP1", P("2016-10"), null, 12m, null, null, null, null) { Source = new SourceLocation("data/m.csv", 2, 1) } }));
    }

    [TestCase("\"13,143\"", 13143)] // thousands separators, quoted as CSV needs
    [TestCase("28.8%", 28.8)] // a percentage is kept in display units
    [TestCase("-5", -5)] // a negative figure (a change)
    [TestCase("  42  ", 42)] // surrounding spaces
    [TestCase("\"1,234,567.5\"", 1234567.5)] // millions with a fraction
    [TestCase(".5", 0.5)] // no leading zero
    public void Numbers_are_read_as_analysts_write_them(string field, decimal expected) =>
        Assert.That(Clean($"indicator,period,value\nSAT,2016-10,{field}\n").Single().Value, Is.EqualTo(expected));

    [TestCase("")] // a blank field
    [TestCase("   ")] // spaces only
    [TestCase("[x]")] // not available (Analysis Function shorthand)
    [TestCase("[z]")] // not applicable
    [TestCase("[c]")] // confidential
    [TestCase("[X]")] // shorthands in any case
    [TestCase("..")] // the older shorthand
    [TestCase("N/A")] // as councils' tables write it
    [TestCase("n/a")] // in any case
    [TestCase("Not available")] // in words
    [TestCase(" not available ")] // in words, any case, padded
    public void Blanks_and_shorthands_mean_no_value(string field) =>
        Assert.That(Clean($"indicator,period,value\nSAT,2016-10,{field}\n").Single().Value, Is.Null);

    [TestCase("[x]", "[x]")] // the marker kept as written: the reason the figure is blank
    [TestCase(" Not available ", "Not available")] // trimmed
    [TestCase("N/A", "N/A")]
    [TestCase("", null)] // a blank gives no reason
    [TestCase("12", null)] // nor does a figure
    public void A_no_value_marker_is_kept_as_the_reason_the_figure_is_blank(string field, string? expected) =>
        Assert.That(Clean($"indicator,period,value\nSAT,2016-10,{field}\n").Single().NotAvailable, Is.EqualTo(expected));

    [Test]
    public void A_rate_s_marker_in_its_numerator_is_kept_too() =>
        Assert.That(Clean("indicator,period,value,numerator,denominator\nSAT,2016-10,,[x],\n").Single().NotAvailable, Is.EqualTo("[x]"));

    [TestCase("\"£1,250\"", 1250)] // a pound sign before a currency indicator's figure
    [TestCase("\"£23,771,451.95\"", 23771451.95)] // in full, to the penny
    [TestCase("-£5", -5)] // a sign before the pound sign
    [TestCase("£ 42", 42)] // a space after it
    public void A_currency_indicator_s_figures_may_have_a_pound_sign(string field, decimal expected) =>
        Assert.That(Clean($"indicator,period,value\nBUD,2016-10,{field}\n").Single().Value, Is.EqualTo(expected));

    [TestCase("yes", true)] // a provisional figure
    [TestCase("*", true)] // marked as the pack will mark it
    [TestCase(" Provisional ", true)] // in words, padded, any case
    [TestCase("", false)] // blank: final
    [TestCase("no", false)] // final, in words
    public void The_provisional_column_marks_a_figure(string field, bool expected) =>
        Assert.That(Clean($"indicator,period,value,provisional\nSAT,2016-10,1,{field}\n").Single().Provisional, Is.EqualTo(expected));

    [TestCase("G", Rag.Green)] // the one-letter form
    [TestCase("amber", Rag.Amber)] // lower case
    [TestCase("RED", Rag.Red)] // upper case
    [TestCase(" Green ", Rag.Green)] // padding around the word
    public void Ratings_are_read_in_any_case(string field, Rag expected) =>
        Assert.That(Clean($"indicator,period,value,rating\nSAT,2016-10,1,{field}\n").Single().Rating, Is.EqualTo(expected));

    [Test]
    public void Breakdown_rows_keep_their_breakdown_beside_the_whole()
    {
        var observations = Clean("indicator,period,value,breakdown\nCSP1,2016-10,10,\nCSP1,2016-10,4, Male \nCSP1,2016-10,6,Female\n");
        Assert.That(observations.Select(o => (o.Breakdown, o.Value)), Is.EqualTo(new[] { ((string?)null, (decimal?)10m), ("Male", 4m), ("Female", 6m) }));
    }

    [Test]
    public void A_byte_order_mark_is_skipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("indicator,period,value\nCSP1,2016-10,1\n")).ToArray();
        var (observations, problems) = Read(bytes);
        Assert.That(problems, Is.Empty);
        Assert.That(observations.Single().IndicatorId, Is.EqualTo("CSP1"));
    }

    [Test]
    public void UTF_16_with_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("indicator,period,value,breakdown\nCSP1,2016-10,1,Café\n")).ToArray();
        var (observations, problems) = Read(bytes);
        Assert.That(problems, Is.Empty);
        Assert.That(observations.Single().Breakdown, Is.EqualTo("Café"));
    }

    [Test]
    public void Windows_1252_named_in_the_project_file_is_read_without_a_warning()
    {
        byte[] bytes = [.. "indicator,period,value,breakdown\nCSP1,2016-10,1,Caf"u8, 0xE9, .. "\n"u8];
        var (observations, problems) = Read(bytes, DataEncoding.Windows1252);
        Assert.That(problems, Is.Empty);
        Assert.That(observations.Single().Breakdown, Is.EqualTo("Café"));
    }

    [Test]
    public void Windows_1252_not_named_is_detected_and_warned_about_at_the_first_odd_byte()
    {
        byte[] bytes = [.. "indicator,period,value,breakdown\nCSP1,2016-10,1,Caf"u8, 0xE9, .. "\nCSP1,2016-11,1,"u8, 0x93, .. "x"u8, 0x94, .. "\n"u8];
        var (observations, problems) = Read(bytes);
        Assert.That(problems, Is.EqualTo(new[] { "data/m.csv:2:19: warning: not valid UTF-8; read as Windows-1252; say `encoding: windows-1252` in reportgen.yaml to confirm" }));
        Assert.That(observations.Select(o => o.Breakdown), Is.EqualTo(new[] { "Café", "\u201Cx\u201D" }));
    }

    [Test]
    public void Utf8_named_but_not_utf8_is_an_error()
    {
        byte[] bytes = [.. "indicator,period,value\nCSP1,2016-10,"u8, 0xA3, .. "5\n"u8];
        Assert.That(Read(bytes, DataEncoding.Utf8).Problems, Is.EqualTo(new[] { "data/m.csv:2:14: this is not valid UTF-8, but the project file says `encoding: utf-8`; save the file as UTF-8, or say `encoding: windows-1252`" }));
    }

    [Test]
    public void Windows_1252_named_for_a_valid_UTF_8_file_is_read_as_UTF_8_with_a_warning()
    {
        var (observations, problems) = Read(Encoding.UTF8.GetBytes("indicator,period,value,breakdown\nCSP1,2016-10,1,Café\n"), DataEncoding.Windows1252);
        Assert.That(problems, Is.EqualTo(new[] { "data/m.csv: warning: the project file says `encoding: windows-1252`, but this is valid UTF-8 and is read as UTF-8; remove the encoding line if that is right" }));
        Assert.That(observations.Single().Breakdown, Is.EqualTo("Café"));
    }

    [Test]
    public void Windows_line_endings_and_blank_lines_are_fine() =>
        Assert.That(Clean("indicator,period,value\r\n\r\nCSP1,2016-10,1\r\nCSP1,2016-11,2").Select(o => o.Value), Is.EqualTo(new decimal?[] { 1m, 2m }));

    [Test]
    public void Rows_of_blank_fields_left_by_spreadsheets_are_skipped() =>
        Assert.That(Clean("indicator,period,value\nCSP1,2016-10,1\n,,\n").Length, Is.EqualTo(1));

    [Test]
    public void Rows_with_only_a_target_or_a_rating_are_kept() =>
        Assert.That(Clean("indicator,period,value,target\nCSP1,2016/17,,16500\n").Single().Target, Is.EqualTo(16500m));

    [Test]
    public void Periods_follow_the_projects_financial_year_start()
    {
        var (observations, problems) = Read(Encoding.UTF8.GetBytes("indicator,period,value\nCSP1,2016 Q1,1\n"), startMonth: 1);
        Assert.That(problems, Is.Empty);
        Assert.That(observations.Single().Period.Span.First, Is.EqualTo(new YearMonth(2016, 1)));
    }
}
