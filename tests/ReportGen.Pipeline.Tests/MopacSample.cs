using ReportGen.Core.Periods;
namespace ReportGen.Pipeline.Tests;

/// <summary>samples/mopac as the tests build it: Q1 2021/22 with the thematic-dashboard template.</summary>
internal static class MopacSample
{
    /// <summary>The themes of samples/mopac/reportgen.yaml, in its order.</summary>
    public static IReadOnlyList<string> Themes { get; } =
    [
        "A Better Policing Service",
        "A Better Criminal Justice System",
        "Tackling Violence Against Women and Girls",
        "Keeping Children & Young People Safe",
        "Standing Together Against Hatred",
    ];

    /// <summary>Builds the sample into <paramref name="output"/>, failing the fixture unless it built.</summary>
    public static BuildOutcome Build(string output)
    {
        var outcome = ReportBuilder.Build(new BuildRequest
        {
            ProjectDirectory = Repository.Sample("mopac"),
            Period = PeriodRequest.ForQuarter(1, YearLabel.Parse("2021/22")),
            OutputDirectory = output,
        });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        return outcome;
    }
}
