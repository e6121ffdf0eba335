using ReportGen.Core.Data;

namespace ReportGen.Ingest.Tests.Extracts;

/// <summary>Reading a wide table: a row per indicator and year, a column per month, as the City of London measures' Apr … Mar tables are laid out.</summary>
public sealed class WideTableTests
{
    private const string Entry = "  - path: data/wide.csv\n    shape: wide\n";

    private static (Observation[] Observations, string[] Problems) Load(string csv, string entry = Entry, int startMonth = 4)
    {
        using var project = new ExtractProject().File("data/wide.csv", csv).Data(entry);
        if (startMonth != 4)
        {
            var yaml = File.ReadAllText(Path.Join(project.Root, "reportgen.yaml"));
            project.File("reportgen.yaml", $"financial_year_start: {startMonth}\n{yaml}");
        }

        return project.Load("VBV", "SAT", "X");
    }

    private static string[] Figures(IEnumerable<Observation> observations) =>
        observations.Select(o => $"{o.IndicatorId} {o.Period}{(o.Breakdown is null ? string.Empty : " " + o.Breakdown)} {o.Value}").ToArray();

    [Test]
    public void Month_names_take_their_year_from_the_financial_year_of_the_row()
    {
        var (observations, problems) = Load("indicator,year,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,Jan,Feb,Mar\nVBV,2016/17,10,11,12,13,14,15,16,17,18,19,20,21\n");
        Assert.That(problems, Is.Empty);
        Assert.That(Figures(observations).First(), Is.EqualTo("VBV 2016-04 10"));
        Assert.That(Figures(observations).Last(), Is.EqualTo("VBV 2017-03 21"), "March of 2016/17 is in 2017");
        Assert.That(observations, Has.Length.EqualTo(12));
    }

    [Test]
    public void Blank_cells_are_no_value_never_zero()
    {
        var (observations, problems) = Load("indicator,year,APR,MAY,JUNE,JULY,Aug,SEPT\nVBV,2016-17,10,,[x],13, ,0\n");
        Assert.That(problems, Is.Empty);
        Assert.That(Figures(observations), Is.EqualTo(new[] { "VBV 2016-04 10", "VBV 2016-07 13", "VBV 2016-09 0" }), "the City of London measures' labels (2016-17, SEPT) are read; a written 0 is a zero");
    }

    [Test]
    public void Dated_month_headers_need_no_year_column()
    {
        var (observations, problems) = Load("indicator,2016-11,Dec 2016,Jan-17\nSAT,1,2,3\n");
        Assert.That(problems, Is.Empty);
        Assert.That(Figures(observations), Is.EqualTo(new[] { "SAT 2016-11 1", "SAT 2016-12 2", "SAT 2017-01 3" }));
    }

    [Test]
    public void One_indicator_for_the_whole_file_and_a_breakdown_column()
    {
        var (observations, problems) = Load("Borough,Year,Apr,May\nHavering,2016/17,5,6\nRedbridge,2016/17,7,\n", Entry + "    indicator: VBV\n    columns: { breakdown: Borough, year: Year }\n");
        Assert.That(problems, Is.Empty);
        Assert.That(Figures(observations), Is.EqualTo(new[] { "VBV 2016-04 Havering 5", "VBV 2016-05 Havering 6", "VBV 2016-04 Redbridge 7" }));
    }

    [Test]
    public void A_calendar_financial_year_takes_plain_years()
    {
        var (observations, problems) = Load("indicator,year,Jan,Dec\nX,2016,1,12\n", startMonth: 1);
        Assert.That(problems, Is.Empty);
        Assert.That(Figures(observations), Is.EqualTo(new[] { "X 2016-01 1", "X 2016-12 12" }));
    }

    [Test]
    public void Columns_that_are_neither_a_role_nor_a_month_are_not_read_with_a_warning()
    {
        var (observations, problems) = Load("indicator,year,Apr,FYTD,Notes\nVBV,2016/17,10,10,x\n");
        Assert.That(problems, Is.EqualTo(new[] { "data/wide.csv:1:1: warning: the columns 'FYTD', 'Notes' are not read; a wide table's columns are the indicator, the year, the breakdown and one for each month" }));
        Assert.That(observations, Has.Length.EqualTo(1));
    }

    [TestCase("indicator,year,Total\nVBV,2016/17,1\n", "data/wide.csv:1:1: the header has no month columns; head them Apr, May, … Mar (with a year column) or 2016-04, 2016-05, …; the columns found are 'indicator', 'year', 'Total'")] // no month
    [TestCase("indicator,year,Apr,2016-05\nVBV,2016/17,1,2\n", "data/wide.csv:1:1: the header mixes month names ('Apr') with dated months ('2016-05'); head every month column one way")] // two ways of heading months
    [TestCase("indicator,year,Apr,April\nVBV,2016/17,1,2\n", "data/wide.csv:1:1: the header has the month 'Apr' twice (columns 3 and 4); keep one")] // April twice
    [TestCase("indicator,Apr\nVBV,1\n", "data/wide.csv:1:1: the header has no 'year' column; name the year column in reportgen.yaml with columns: { year: … }; the columns found are 'indicator', 'Apr'")] // month names with no year
    [TestCase("measure,year,Apr\nVBV,2016/17,1\n", "data/wide.csv:1:1: the header has no 'indicator' column; name the indicator column in reportgen.yaml with columns: { indicator: … }; the columns found are 'measure', 'year', 'Apr'")] // no indicator column
    [TestCase("indicator,year,Apr\nVBV,2016/18,1\n", "data/wide.csv:2:5: '2016/18' is not a financial year: 2016 is followed by 17, as in 2016/17")] // a year that is not one
    [TestCase("indicator,year,Apr\nVBV,,1\n", "data/wide.csv:2:5: the year is blank; write the financial year of the row's months, such as 2016/17")] // a blank year
    [TestCase("indicator,year,Apr,May\nVBV,2016/17,1,ten\n", "data/wide.csv:2:15: 'ten' is not a number; write a number such as 13,143 or 28.8%, or leave it blank (or [x]) for no value")] // a word for a figure
    [TestCase("indicator,year,Apr\n,2016/17,1\n", "data/wide.csv:2:1: the indicator is blank; write the indicator's id, such as CSP1")] // no id
    [TestCase("indicator,year,Apr\nVBV,2016/17\n", "data/wide.csv:2:1: this row has 2 fields but the header has 3; check for a missing or extra comma, and put values with commas in quotes (\"13,143\")")] // a short row
    [TestCase("indicator,year,Apr\nVBV,2016/17,-1\n", "data/wide.csv:2:13: VBV counts things, so its value cannot be -1; check the figure (a fall is shown by the figures, not by a negative count)")] // the measures checks apply
    public void A_table_that_cannot_be_read_is_an_error_at_its_place(string csv, string expected) =>
        Assert.That(Load(csv).Problems, Is.EqualTo(new[] { expected }));

    [Test]
    public void A_year_column_named_for_dated_months_is_an_error()
    {
        var (_, problems) = Load("indicator,2016-04\nVBV,1\n", Entry + "    columns: { year: FY }\n");
        Assert.That(problems, Is.EqualTo(new[] { "reportgen.yaml:5:22: the month columns carry their years (such as 2016-04), so there is no year column to read; remove 'year' from columns" }));
    }

    [Test]
    public void The_same_month_given_by_two_rows_is_an_error_naming_both()
    {
        var (_, problems) = Load("indicator,year,Apr\nVBV,2016/17,1\nVBV,2016/17,2\n");
        Assert.That(problems, Is.EqualTo(new[] { "data/wide.csv:3:1: VBV for 2016-04 is given twice: here and at data/wide.csv:2; keep one row" }));
    }
}
