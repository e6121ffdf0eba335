using System.Text;
using ReportGen.Ingest.Extracts;

namespace ReportGen.Ingest.Tests.Extracts;

/// <summary>Reading a record's date to its month, in the format the project file declares.</summary>
public sealed class DatePatternTests
{
    private static string? Month(string format, string field)
    {
        var pattern = DatePattern.Parse(format, out var error) ?? throw new AssertionException(error!);
        return pattern.TryReadMonth(Encoding.UTF8.GetBytes(field), out var ordinal) ? $"{ordinal / 12:D4}-{(ordinal % 12) + 1:D2}" : null;
    }

    [TestCase("dd/MM/yyyy", "31/10/2016", "2016-10")] // the UK form police extracts use
    [TestCase("dd/MM/yyyy", "1/2/2016", "2016-02")] // spreadsheets drop leading zeros even when the format has them
    [TestCase("dd/MM/yyyy", " 31/10/2016 ", "2016-10")] // spaces around the field
    [TestCase("yyyy-MM-dd", "2016-10-31", "2016-10")] // ISO
    [TestCase("MM/dd/yyyy", "10/31/2016", "2016-10")] // month first, when declared
    [TestCase("d-MMM-yyyy", "31-Oct-2016", "2016-10")] // a month name
    [TestCase("d-MMM-yyyy", "1-SEPT-2016", "2016-09")] // September's four-letter form, in capitals
    [TestCase("dd MMMM yyyy", "29 February 2016", "2016-02")] // a full month name, on a leap day
    [TestCase("yyyyMMdd", "20161031", "2016-10")] // no separators: the numbers have fixed widths
    [TestCase("dd.MM.yyyy", "31.10.2016", "2016-10")] // dots
    public void A_date_in_the_declared_format_gives_its_month(string format, string field, string expected) =>
        Assert.That(Month(format, field), Is.EqualTo(expected));

    [TestCase("dd/MM/yyyy", "31/10/2016 14:05")] // a time in minutes
    [TestCase("dd/MM/yyyy", "31/10/2016 14:05:59")] // and seconds
    [TestCase("dd/MM/yyyy", "31/10/2016 2:05 PM")] // a twelve-hour clock
    [TestCase("yyyy-MM-dd", "2016-10-31T23:59:59Z")] // ISO with a zone: the month written is the month counted
    [TestCase("yyyy-MM-dd", "2016-10-31T23:59:59.123+01:00")] // fractions and an offset
    [TestCase("yyyy-MM-dd", "2016-10-31 00:00:00.000")] // what SQL Server exports
    [TestCase("dd/MM/yyyy HH:mm", "31/10/2016 14:05")] // a format that names the time reads the same dates
    [TestCase("yyyy-MM-ddTHH:mm:ss", "2016-10-31T14:05:00")] // an ISO format with its time
    public void A_time_after_the_date_is_allowed_and_does_not_move_the_month(string format, string field) =>
        Assert.That(Month(format, field), Is.EqualTo("2016-10"));

    [TestCase("dd/MM/yyyy", "")] // blank
    [TestCase("dd/MM/yyyy", "31/04/2016")] // April has 30 days
    [TestCase("dd/MM/yyyy", "29/02/2017")] // not a leap year
    [TestCase("dd/MM/yyyy", "00/10/2016")] // day zero
    [TestCase("dd/MM/yyyy", "31/13/2016")] // month 13
    [TestCase("dd/MM/yyyy", "31/10/16")] // a two-digit year
    [TestCase("dd/MM/yyyy", "2016-10-31")] // another format
    [TestCase("dd/MM/yyyy", "31/10/2016x")] // text after the date that is not a time
    [TestCase("dd/MM/yyyy", "31/10/2016 noon")] // words are not a time
    [TestCase("dd/MM/yyyy", "311/10/2016")] // three digits of day
    [TestCase("d-MMM-yyyy", "31-Okt-2016")] // not an English month
    [TestCase("yyyyMMdd", "2016131")] // a digit short
    public void Anything_else_is_not_a_date(string format, string field) =>
        Assert.That(Month(format, field), Is.Null);

    [TestCase("dd/MM/yy", "'yy' is a two-digit year")] // the century is unknowable
    [TestCase("dd/mm/yyyy", "'mm' means minutes")] // the commonest slip
    [TestCase("dddd dd/MM/yyyy", "'dddd' is a day's name")] // a weekday tells nothing
    [TestCase("MM/yyyy", "a date format needs one day")] // a month alone is not a date
    [TestCase("dd/MM/yyyy/MM", "a date format needs one month")] // two months
    [TestCase("dd/MM/yyyy Q", "'Q' is not part of a date format")] // an unknown letter
    public void A_format_that_cannot_read_dates_says_why(string format, string expected)
    {
        Assert.That(DatePattern.Parse(format, out var error), Is.Null);
        Assert.That(error, Does.StartWith(expected));
    }
}
