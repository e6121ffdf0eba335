using ReportGen.Core.Periods;

namespace ReportGen.Pipeline.Tests;

/// <summary>samples/city-of-london as the tests build it: Q3 2016/17 with the measure-sheets template.</summary>
internal static class CityOfLondonSample
{
    /// <summary>Builds the sample into <paramref name="output"/>, failing the fixture unless it built.</summary>
    public static BuildOutcome Build(string output)
    {
        var outcome = ReportBuilder.Build(new BuildRequest
        {
            ProjectDirectory = Repository.Sample("city-of-london"),
            Period = PeriodRequest.ForQuarter(3, YearLabel.Parse("2016/17")),
            OutputDirectory = output,
        });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        return outcome;
    }
}
