using ReportGen.Core.Calculation;
using ReportGen.Core.Periods;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

public sealed class PeriodWordsTests
{
    private static IReadOnlyList<Period> Periods(params string[] texts) => [.. texts.Select(t => P(t))];

    [TestCase(new[] { "2016-11" }, "2016-11")] // one period is named
    [TestCase(new[] { "2016-10", "2016-11" }, "2016-10 and 2016-11")] // two in a row are both named
    [TestCase(new[] { "2016-10", "2016-11", "2016-12" }, "2016-10 to 2016-12")] // three or more make a run
    [TestCase(new[] { "2016-04", "2016-06", "2016-07", "2016-08", "2016-10" }, "2016-04, 2016-06 to 2016-08 and 2016-10")] // runs and single periods mixed
    [TestCase(new[] { "2016/17 Q1", "2016/17 Q2", "2016/17 Q3" }, "2016/17 Q1 to 2016/17 Q3")] // quarters make runs too
    [TestCase(new[] { "2016/17 Q4", "2017/18 Q1" }, "2016/17 Q4 and 2017/18 Q1")] // a run crosses the year end
    public void Missing_periods_are_worded_compactly(string[] periods, string expected) =>
        Assert.That(PeriodWords.List(PeriodWords.Runs(Periods(periods))), Is.EqualTo(expected));

    [Test]
    public void A_long_list_names_the_first_few_and_counts_the_rest() =>
        Assert.That(
            PeriodWords.List(["a", "b", "c", "d", "e", "f", "g", "h"]),
            Is.EqualTo("a, b, c, d, e, f and 2 more"));
}
