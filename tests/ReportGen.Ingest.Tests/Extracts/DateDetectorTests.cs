using System.Text;
using ReportGen.Ingest.Extracts;

namespace ReportGen.Ingest.Tests.Extracts;

/// <summary>Finding a file's date format when the project file does not declare it, only when the dates leave no doubt.</summary>
public sealed class DateDetectorTests
{
    private static string? Detect(params string[] dates) =>
        DateDetector.Detect(dates.Select(Encoding.UTF8.GetBytes).ToArray(), out _)?.Text;

    [TestCase("dd/MM/yyyy", "01/02/2016", "31/10/2016")] // a day above 12 settles day-first
    [TestCase("MM/dd/yyyy", "01/02/2016", "10/31/2016")] // and month-first
    [TestCase("yyyy-MM-dd", "2016-10-31", "2016-01-02")] // ISO is never ambiguous
    [TestCase("yyyy-MM-dd", "2016-10-31T14:05:00", "2016-01-02 00:00:00")] // nor with times
    [TestCase("d-MMM-yyyy", "31-Oct-2016", "1-Nov-2016")] // month names
    [TestCase("dd/MM/yyyy", "31/10/2016", "13/13/2016")] // one bad date does not stop detection; it is reported when counted
    public void The_one_format_that_reads_the_most_dates_is_chosen(string expected, params string[] dates) =>
        Assert.That(Detect(dates), Is.EqualTo(expected));

    [Test]
    public void Dates_that_could_be_day_first_or_month_first_ask_for_a_declaration()
    {
        var samples = new[] { "01/02/2016", "12/11/2016" }.Select(Encoding.UTF8.GetBytes).ToArray();
        Assert.That(DateDetector.Detect(samples, out var error), Is.Null);
        Assert.That(error, Is.EqualTo("the dates could be dd/MM/yyyy or MM/dd/yyyy (no day above 12 in the first 2 dates, such as '01/02/2016'); declare the format with date_format, such as date_format: dd/MM/yyyy"));
    }

    [Test]
    public void Dates_in_no_known_form_ask_for_a_declaration()
    {
        var samples = new[] { "Q3 2016" }.Select(Encoding.UTF8.GetBytes).ToArray();
        Assert.That(DateDetector.Detect(samples, out var error), Is.Null);
        Assert.That(error, Is.EqualTo("the dates are in no form ReportGen knows (the first is 'Q3 2016'); declare it with date_format, such as date_format: dd/MM/yyyy"));
    }
}
