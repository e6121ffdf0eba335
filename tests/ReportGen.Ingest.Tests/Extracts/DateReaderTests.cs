using System.Text;
using ReportGen.Ingest.Extracts;

namespace ReportGen.Ingest.Tests.Extracts;

/// <summary>
/// <see cref="DateReader"/> remembers the last date it read; whatever the order of the dates, each must read to the
/// month (or the failure) that the pattern alone gives it.
/// </summary>
public sealed class DateReaderTests
{
    [TestCase("dd/MM/yyyy", "01/04/2015 02:13|01/04/2015 04:43|01/04/2015|01/04/20155|01/04/2015x|01/04/2015 99:99|02/04/2015 00:01|31/04/2015|01/05/2015T10:00Z| 01/05/2015 |01/05/2015 02:13 PM|")]
    [TestCase("yyyy-M-d", "2015-4-1|2015-4-1 10:00|2015-4-12|2015-4-1|2015-4-13 10:00|2015-4-1T10:00|2015-4-1 x|2015-12-1|2015-1-2|2015-1-2 ")]
    [TestCase("d-MMM-yyyy", "1-Oct-2016|1-Oct-2016 10:00|1-October-2016|1-Oct-2016|1-Octo-2016|1-OCT-2016|31-Oct-2016|31-Nov-2016")]
    [TestCase("yyyyMMdd", "20161031|20161031 10:00|201610311|20161031|20161131|20161130T10:00")]
    public void Each_date_reads_as_the_pattern_alone_reads_it(string format, string fields)
    {
        var pattern = DatePattern.Parse(format, out var error) ?? throw new AssertionException(error!);
        var reader = new DateReader(pattern);
        foreach (var field in fields.Split('|'))
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            var expected = pattern.TryReadMonth(bytes, out var month) ? month : -1;
            var actual = reader.TryReadMonth(bytes, out var read) ? read : -1;
            Assert.That(actual, Is.EqualTo(expected), $"'{field}' after the dates before it");
        }
    }

    [Test]
    public void Thousands_of_dates_in_any_order_read_as_the_pattern_alone_reads_them()
    {
        // Every day of three years (and some that are no day) with times, shuffled: many share the table's slots.
        var pattern = DatePattern.Parse("dd/MM/yyyy", out _)!;
        var reader = new DateReader(pattern);
        var random = new Random(7);
        var fields = Enumerable.Range(0, 20_000)
            .Select(_ => FormattableString.Invariant($"{random.Next(1, 33):D2}/{random.Next(1, 14):D2}/{random.Next(2014, 2017)}{(random.Next(3) == 0 ? string.Empty : $" {random.Next(0, 24):D2}:{random.Next(0, 60):D2}")}"))
            .ToArray();
        var differ = fields.Where(field =>
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            var expected = pattern.TryReadMonth(bytes, out var month) ? month : -1;
            return (reader.TryReadMonth(bytes, out var read) ? read : -1) != expected;
        });
        Assert.That(differ, Is.Empty);
    }
}
