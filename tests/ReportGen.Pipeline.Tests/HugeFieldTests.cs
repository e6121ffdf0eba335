namespace ReportGen.Pipeline.Tests;

/// <summary>A huge CSV field (5 MB here; 50 MB behaves the same, slower) is quoted in a message as a short excerpt ("…" beyond it), never whole.</summary>
public sealed class HugeFieldTests
{
    [Test]
    public void A_5_MB_value_and_a_5_MB_indicator_id_are_quoted_as_short_excerpts()
    {
        using var folder = new TempFolder();
        var project = Path.Combine(folder.Path, "project");
        BadInputCase.CopyFolder(Path.Combine(BadInputCase.CorpusFolder, "_baseline"), project);
        var measures = Path.Combine(project, "data", "measures.csv");
        var huge = new string('9', 2_500_000) + new string('x', 2_500_000);
        var hugeId = new string('Z', 5_000_000);
        File.AppendAllText(measures, $"CSP1,2016/17 Q4,\"{huge}\",,\n{hugeId},2016/17 Q4,5,,\n");

        var (exit, output, error) = CommandLine.Run(["build", "--quarter", "Q3", "--project", project]);

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(error.Length + output.Length, Is.LessThan(2_000), error.Length > 2_000 ? error[..2_000] : error);
        Assert.That(error, Does.Contain($"'{new string('9', 60)}…' is not a number"));
        Assert.That(error, Does.Contain($"'{new string('Z', 60)}…' is not a defined indicator"));
    }
}
