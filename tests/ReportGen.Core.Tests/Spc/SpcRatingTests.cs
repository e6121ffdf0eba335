using ReportGen.Core.Indicators;
using ReportGen.Core.Spc;

namespace ReportGen.Core.Tests.Spc;

/// <summary><c>rag: { method: spc }</c>: Red for a concern or a fail, Green for an improvement or a pass, Amber otherwise.</summary>
public sealed class SpcRatingTests
{
    [TestCase(SpcVariation.Concern, null, false, Rag.Red, TestName = "A concern is Red")]
    [TestCase(SpcVariation.CommonCause, SpcAssurance.Fail, false, Rag.Red, TestName = "A fail is Red")]
    [TestCase(SpcVariation.Improvement, SpcAssurance.Fail, false, Rag.Red, TestName = "An improvement that still cannot meet the target is Red: Red is checked first")]
    [TestCase(SpcVariation.Concern, SpcAssurance.Pass, false, Rag.Red, TestName = "A concern is Red even when the target is safe")]
    [TestCase(SpcVariation.Improvement, null, false, Rag.Green, TestName = "An improvement is Green")]
    [TestCase(SpcVariation.CommonCause, SpcAssurance.Pass, false, Rag.Green, TestName = "A pass is Green")]
    [TestCase(SpcVariation.CommonCause, SpcAssurance.Inconsistent, false, Rag.Amber, TestName = "Common cause against an inconsistent target is Amber")]
    [TestCase(SpcVariation.CommonCause, null, false, Rag.Amber, TestName = "Common cause without a target is Amber")]
    [TestCase(SpcVariation.NeutralHigh, null, false, Rag.Amber, TestName = "A neutral signal is Amber")]
    [TestCase(SpcVariation.Improvement, SpcAssurance.Pass, true, Rag.Red, TestName = "A worsening alert is Red")]
    public void The_rating_follows_the_variation_the_assurance_and_the_alert(
        SpcVariation variation, SpcAssurance? assurance, bool alert, Rag expected)
    {
        var result = new SpcResult(0m, 0m, 0m, variation, assurance, [], []) { Alert = alert };
        Assert.That(SpcVerdict.Rating(result), Is.EqualTo(expected));
    }
}
