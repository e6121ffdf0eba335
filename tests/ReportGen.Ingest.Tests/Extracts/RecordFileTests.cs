using ReportGen.Core.Data;

namespace ReportGen.Ingest.Tests.Extracts;

/// <summary>What a record-level extract's file must be: its columns, its encoding, its dates; and a folder of them counted as one.</summary>
public sealed class RecordFileTests
{
    private const string Entry = """
          - path: data/crimes.csv
            shape: records
            categories: { HOM: Homicide, CAFE: Café }

        """;

    private const string Declared = Entry + "    date_format: dd/MM/yyyy\n";

    private static decimal? Value(Observation[] observations, string id, string month) =>
        observations.SingleOrDefault(o => o.IndicatorId == id && o.Period.ToString() == month && o.Breakdown is null)?.Value;

    [Test]
    public void A_column_named_in_the_project_file_but_missing_is_an_error_there_listing_the_columns_found()
    {
        using var project = new ExtractProject().File("data/crimes.csv", "recorded_date,category\n01/04/2016,Homicide\n")
            .Data(Entry + "    columns: { date: recorded_dat }\n");
        Assert.That(project.Load("HOM").Problems, Is.EqualTo(new[]
        {
            "reportgen.yaml:6:22: data/crimes.csv has no column 'recorded_dat'; did you mean 'recorded_date'?; the columns found are 'recorded_date', 'category'",
        }));
    }

    [Test]
    public void A_required_column_left_to_its_default_name_and_missing_is_an_error_at_the_header()
    {
        using var project = new ExtractProject().File("data/crimes.csv", "recorded_date,offence\n01/04/2016,Homicide\n").Data(Entry);
        Assert.That(project.Load("HOM").Problems, Is.EqualTo(new[]
        {
            "data/crimes.csv:1:1: the header has no 'date' column; name the date column in reportgen.yaml with columns: { date: … }; the columns found are 'recorded_date', 'offence'",
            "data/crimes.csv:1:1: the header has no 'category' column; name the category column in reportgen.yaml with columns: { category: … }; the columns found are 'recorded_date', 'offence'",
        }));
    }

    [Test]
    public void One_column_cannot_be_both_the_date_and_the_category()
    {
        using var project = new ExtractProject().File("data/crimes.csv", "date,offence\n01/04/2016,Homicide\n").Data(Entry + "    columns: { category: DATE }\n");
        Assert.That(project.Load("HOM").Problems, Is.EqualTo(new[]
        {
            "reportgen.yaml:6:26: the column 'DATE' is the date column, and cannot be the category column too; name another with columns: { category: … }",
        }));
    }

    [TestCase("")] // nothing at all
    [TestCase("\n\n")] // blank lines only
    public void An_empty_file_is_an_error(string text)
    {
        using var project = new ExtractProject().File("data/crimes.csv", text).Data(Entry);
        Assert.That(project.Load("HOM").Problems, Is.EqualTo(new[] { "data/crimes.csv: the file is empty; it needs a header row naming its columns and a row for each record" }));
    }

    [Test]
    public void A_header_without_records_is_a_warning_and_gives_no_figure()
    {
        using var project = new ExtractProject().File("data/crimes.csv", "date,category\n").Data(Entry);
        var (observations, problems) = project.Load("HOM");
        Assert.That(problems, Is.EqualTo(new[] { "data/crimes.csv: warning: the file has a header but no records, so it adds nothing to any count" }));
        Assert.That(observations, Is.Empty);
    }

    [Test]
    public void An_undeclared_date_format_is_detected_from_the_dates()
    {
        using var project = new ExtractProject().File("data/crimes.csv", "date,category\n2016-04-01T10:00:00,Homicide\n2016-05-31 23:59,Homicide\n").Data(Entry);
        var (observations, problems) = project.Load("HOM", "CAFE");
        Assert.That(problems, Is.Empty);
        Assert.That((Value(observations, "HOM", "2016-04"), Value(observations, "HOM", "2016-05")), Is.EqualTo(((decimal?)1, (decimal?)1)));
    }

    [Test]
    public void Dates_that_could_be_day_or_month_first_are_an_error_at_the_first_date()
    {
        using var project = new ExtractProject().File("data/crimes.csv", "date,category\n  01/02/2016,Homicide\n02/01/2016,Homicide\n").Data(Entry);
        Assert.That(project.Load("HOM").Problems, Is.EqualTo(new[]
        {
            "data/crimes.csv:2:3: the dates could be dd/MM/yyyy or MM/dd/yyyy (no day above 12 in the first 2 dates, such as '01/02/2016'); declare the format with date_format, such as date_format: dd/MM/yyyy (in reportgen.yaml, beside path)",
        }));
    }

    [Test]
    public void A_file_that_is_not_utf8_is_read_as_windows_1252_with_a_warning_at_the_first_such_value()
    {
        using var project = new ExtractProject().File("data/crimes.csv", [.. "date,category\n01/04/2016,Homicide\n01/04/2016,Caf"u8, 0xE9, .. "\n"u8]).Data(Declared);
        var (observations, problems) = project.Load("HOM", "CAFE");
        Assert.That(problems, Is.EqualTo(new[] { "data/crimes.csv:3:12: warning: not valid UTF-8; read as Windows-1252; say `encoding: windows-1252` in reportgen.yaml to confirm" }));
        Assert.That(Value(observations, "CAFE", "2016-04"), Is.EqualTo(1));
    }

    [Test]
    public void A_file_named_windows_1252_is_read_so_without_a_warning()
    {
        using var project = new ExtractProject().File("data/crimes.csv", [.. "date,category\n01/04/2016,Caf"u8, 0xE9, .. "\n"u8]).Data(Declared + "    encoding: windows-1252\n");
        var (observations, problems) = project.Load("HOM", "CAFE");
        Assert.That(problems, Is.Empty);
        Assert.That(Value(observations, "CAFE", "2016-04"), Is.EqualTo(1));
    }

    [Test]
    public void A_file_named_utf8_that_is_not_is_an_error()
    {
        using var project = new ExtractProject().File("data/crimes.csv", [.. "date,category\n01/04/2016,Caf"u8, 0xE9, .. "\n"u8]).Data(Declared + "    encoding: utf-8\n");
        Assert.That(project.Load("HOM", "CAFE").Problems, Is.EqualTo(new[]
        {
            "data/crimes.csv:2:12: this is not valid UTF-8, but the project file says `encoding: utf-8`; save the file as UTF-8, or say `encoding: windows-1252`",
        }));
    }

    [Test]
    public void A_utf16_file_with_a_byte_order_mark_is_read()
    {
        var bytes = new System.Text.UnicodeEncoding(false, true).GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("date,category\n01/04/2016,Café\n")).ToArray();
        using var project = new ExtractProject().File("data/crimes.csv", bytes).Data(Declared);
        var (observations, problems) = project.Load("HOM", "CAFE");
        Assert.That(problems, Is.Empty);
        Assert.That(Value(observations, "CAFE", "2016-04"), Is.EqualTo(1));
    }

    [Test]
    public void The_files_of_a_folder_are_counted_together()
    {
        using var project = new ExtractProject()
            .File("data/crimes/2016-04.csv", "date,category\n01/04/2016,Homicide\n")
            .File("data/crimes/2016-05.csv", "date,category\n01/05/2016,Homicide\n30/04/2016,Homicide\n")
            .Data(Declared.Replace("data/crimes.csv", "data/crimes/", StringComparison.Ordinal));
        var (observations, problems) = project.Load("HOM", "CAFE");
        Assert.That(problems, Is.Empty);
        Assert.That((Value(observations, "HOM", "2016-04"), Value(observations, "HOM", "2016-05")), Is.EqualTo(((decimal?)2, (decimal?)1)), "a late record in the May file still counts in April, once");
    }

    [Test]
    public void A_count_given_again_by_a_measures_csv_is_an_error_naming_both_places()
    {
        using var project = new ExtractProject()
            .File("data/crimes.csv", "date,category\n01/04/2016,Homicide\n")
            .File("data/m.csv", "indicator,period,value\nHOM,2016-04,3\n")
            .Data(Declared + "  - data/m.csv\n");
        Assert.That(project.Load("HOM", "CAFE").Problems, Is.EqualTo(new[] { "data/m.csv:2:1: HOM for 2016-04 is given twice: here and at reportgen.yaml:3; keep one row" }));
    }
}
