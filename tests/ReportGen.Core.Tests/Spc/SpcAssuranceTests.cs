using ReportGen.Core.Indicators;
using ReportGen.Core.Spc;
using static ReportGen.Core.Tests.Spc.SpcData;

namespace ReportGen.Core.Tests.Spc;

/// <summary>Assurance against the target, from the last segment's limits (ptd_calculate_assurance_type).</summary>
public sealed class SpcAssuranceTests
{
    // The package's test-ptd_calculate_assurance_type.R: target 4 against limits [1, 3], [5, 7] and [1, 5].
    [TestCase(1, 3, SpcImprovement.Higher, SpcAssurance.Fail, TestName = "Higher is better, target above the upper limit: fail")]
    [TestCase(5, 7, SpcImprovement.Higher, SpcAssurance.Pass, TestName = "Higher is better, target below the lower limit: pass")]
    [TestCase(1, 5, SpcImprovement.Higher, SpcAssurance.Inconsistent, TestName = "Higher is better, target between the limits: inconsistent")]
    [TestCase(1, 3, SpcImprovement.Lower, SpcAssurance.Pass, TestName = "Lower is better, target above the upper limit: pass")]
    [TestCase(5, 7, SpcImprovement.Lower, SpcAssurance.Fail, TestName = "Lower is better, target below the lower limit: fail")]
    [TestCase(1, 5, SpcImprovement.Lower, SpcAssurance.Inconsistent, TestName = "Lower is better, target between the limits: inconsistent")]
    [TestCase(1, 4, SpcImprovement.Higher, SpcAssurance.Inconsistent, TestName = "A target exactly on the upper limit is not beyond it")]
    [TestCase(4, 7, SpcImprovement.Lower, SpcAssurance.Inconsistent, TestName = "A target exactly on the lower limit is not beyond it")]
    public void The_target_against_the_limits_gives_the_assurance(int lower, int upper, SpcImprovement improvement, SpcAssurance expected)
    {
        var limits = new SpcLimits((lower + upper) / 2m, 0m, upper, lower, upper, lower, 12);
        Assert.That(SpcVerdict.Assurance(4m, improvement, limits), Is.EqualTo(expected));
    }

    [Test]
    public void Neutral_improvement_or_no_target_gives_no_assurance()
    {
        var limits = new SpcLimits(2m, 0m, 3m, 1m, 3m, 1m, 12);
        Assert.That(SpcVerdict.Assurance(4m, SpcImprovement.Neutral, limits), Is.Null);
        Assert.That(SpcVerdict.Assurance(null, SpcImprovement.Higher, limits), Is.Null);
    }

    [TestCase(SpcImprovement.Lower, 60, SpcAssurance.Pass, TestName = "A crime count with a ceiling of 60 above the limits [45.68, 56.32]: every month is expected to meet it")]
    [TestCase(SpcImprovement.Lower, 45, SpcAssurance.Fail, TestName = "A ceiling of 45 below the lower limit: no month is expected to meet it")]
    [TestCase(SpcImprovement.Lower, 53, SpcAssurance.Inconsistent, TestName = "A ceiling of 53 inside the limits: some months will, some will not")]
    [TestCase(SpcImprovement.Higher, 45, SpcAssurance.Pass, TestName = "A floor of 45 below the limits: pass")]
    public void A_chart_s_assurance_holds_its_target_against_its_limits(SpcImprovement improvement, int target, SpcAssurance expected)
    {
        var result = AfterBaseline(FixedOnBaseline with { Improvement = improvement, Target = target });
        Assert.That(result.Assurance, Is.EqualTo(expected));
    }

    [Test]
    public void Assurance_uses_the_last_segment_s_limits()
    {
        // The first segment (52/50) has limits [45.68, 56.32], the second (72/70) [65.68, 76.32]. A floor of 60, higher
        // being better, lies above the first's upper limit (fail) but below the second's lower limit (pass): the
        // last segment's limits count.
        decimal[] values = [.. Baseline, 72, 70, 72, 70, 72, 70, 72, 70, 72, 70, 72, 70];
        var settings = SpcSettings.Default with { Target = 60, Rebase = [Month(12)] };
        Assert.That(SpcAnalysis.Analyse(Series(values), settings).Assurance, Is.EqualTo(SpcAssurance.Pass));
        Assert.That(SpcAnalysis.Analyse(Series(Baseline), settings).Assurance, Is.EqualTo(SpcAssurance.Fail));
    }
}
