using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

/// <summary>A provisional row marks the result when its figure is in the reported period or its year to date, and only then.</summary>
public sealed class ProvisionalTests
{
    private static Observation Provisional(Observation row) => row with { Provisional = true };

    [TestCase("2016/17 Q3", true)] // the reported quarter itself
    [TestCase("2016/17 Q1", true)] // earlier in the year to date
    [TestCase("2015/16 Q3", false)] // last year: a comparison, not this year's figures
    [TestCase("2016/17 Q4", false)] // after the period: not in the pack's figures
    public void Provisional_follows_the_row_s_place(string provisionalPeriod, bool expected)
    {
        var rows = new[] { "2015/16 Q3", "2016/17 Q1", "2016/17 Q2", "2016/17 Q3", "2016/17 Q4" }
            .Select(p => p == provisionalPeriod ? Provisional(Row(p, 5)) : Row(p, 5));
        var result = ReportCalculator.Calculate([Indicator()], [.. rows], P("2016/17 Q3")).Indicators.Single();
        Assert.That(result.Provisional, Is.EqualTo(expected));
    }

    [Test]
    public void A_provisional_row_with_only_a_target_marks_nothing() =>
        Assert.That(
            ReportCalculator.Calculate([Indicator()], [Row("2016/17 Q3", 5), Provisional(Row("2016/17 Q3", target: 6))], P("2016/17 Q3")).Indicators.Single().Provisional,
            Is.False);
}
