using System.Security.Cryptography;
using System.Text.Json;
using ReportGen.Core.Periods;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// Each input file is read once per build: the manifest's sizes and hashes are those of the bytes the readers read,
/// not of a second read (which could disagree with the figures if a file changed during the build).
/// </summary>
public sealed class InputsReadOnceTests
{
    [TestCase("havering", 3, "2016/17")] // measures CSV, indicators, commentary, built-in template
    [TestCase("mopac", 1, "2021/22")] // registers as well
    [TestCase("record-level", 3, "2016/17")] // a record-level extract, streamed and hashed in one pass
    [TestCase("safer-communities", 3, "2016/17")] // the project's own template
    [TestCase("maidstone", 3, "2020/21")] // a council's own KPI appendix template, not due and data-only KPIs
    public void Every_input_in_the_manifest_was_read_once_and_hashed_as_read(string sample, int quarter, string year)
    {
        using var folder = new TempFolder();
        var outcome = ReportBuilder.Build(new BuildRequest
        {
            ProjectDirectory = Repository.Sample(sample),
            Period = PeriodRequest.ForQuarter(quarter, YearLabel.Parse(year)),
            OutputDirectory = folder.Path,
        });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder.Path, "manifest.json")));
        var inputs = manifest.RootElement.GetProperty("inputs").EnumerateArray().ToList();
        Assert.That(inputs, Is.Not.Empty);
        foreach (var input in inputs)
        {
            var path = Path.GetFullPath(Path.Combine(Repository.Sample(sample), input.GetProperty("path").GetString()!));
            Assert.That(outcome.Reads!.ReadCount(path), Is.EqualTo(1), $"{path} read {outcome.Reads.ReadCount(path)} times");
            Assert.That(input.GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))), path);
            Assert.That(input.GetProperty("size").GetInt64(), Is.EqualTo(new FileInfo(path).Length), path);
        }
    }
}
