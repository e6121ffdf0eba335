using System.Security.Cryptography;
using System.Text.Json;
using ReportGen.Pipeline.Output;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// Random damage to the Havering sample's inputs never crashes a build nor leaves a partial output: every run
/// ends with a clean exit code and problem lines, and the output folder is either as it was (the last good
/// build's files) or holds a complete new set that matches its manifest. The seed is fixed, so a failure names
/// the iteration and mutation to replay. For a longer hunt, set REPORTGEN_FUZZ_SEED and REPORTGEN_FUZZ_ITERATIONS.
/// </summary>
public sealed class FuzzTests
{
    private static readonly int Seed = Setting("REPORTGEN_FUZZ_SEED", 20170117);
    private static readonly int Iterations = Setting("REPORTGEN_FUZZ_ITERATIONS", 250);

    [Test]
    public void Damaged_inputs_never_crash_a_build_or_leave_a_partial_output()
    {
        using var folder = new TempFolder();
        var good = folder.CopyOf("havering");
        var (code, _, error) = CommandLine.Run(["build", "--quarter", "Q3", "--project", good]);
        Assert.That(code, Is.Zero, error);

        var random = new Random(Seed);
        var mutator = new InputMutator(random);
        var outcomes = new int[3];
        for (var i = 0; i < Iterations; i++)
        {
            var project = Path.Combine(folder.Path, $"run-{i}");
            BadInputCase.CopyFolder(good, project);
            CopyOutputs(Path.Combine(good, "out"), Path.Combine(project, "out"));
            var mutations = Enumerable.Range(0, random.Next(1, 3)).Select(_ => mutator.Mutate(project)).ToList();
            var quarter = random.Next(4) == 0 ? $"Q{random.Next(1, 5)}" : "Q3";
            var before = FolderSnapshot.Of(Path.Combine(project, "out"));

            var (exitCode, _, stderr) = CommandLine.Run(["build", "--quarter", quarter, "--project", project]);

            var replay = $"seed {Seed}, iteration {i}, --quarter {quarter}: {string.Join("; ", mutations)}\n{stderr}";
            Assert.That(stderr, Does.Not.Contain("internal error").And.Not.Contain("   at "), replay);
            Assert.That(exitCode, Is.InRange(0, 2), replay);
            outcomes[exitCode]++;
            if (exitCode == 0)
            {
                AssertComplete(Path.Combine(project, "out"), replay);
            }
            else
            {
                Assert.That(FolderSnapshot.Of(Path.Combine(project, "out")).ChangesSince(before), Is.Empty, replay);
            }

            Directory.Delete(project, recursive: true);
            File.Delete(OutputLock.PathFor(Path.Combine(project, "out")));
        }

        // A fuzzer whose damage always fails the build, or never does, is not exploring both paths.
        Assert.That(outcomes[0], Is.Positive, "some damaged projects still build");
        Assert.That(outcomes[1], Is.Positive, "some fail with problems");
        TestContext.Out.WriteLine($"seed {Seed}: built {outcomes[0]}, failed {outcomes[1]}, bad requests {outcomes[2]} in {Iterations} runs");
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static void CopyOutputs(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    /// <summary>Every output the manifest lists is there with the manifest's hash, and nothing is left half-done.</summary>
    private static void AssertComplete(string output, string replay)
    {
        var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "manifest.json"))).RootElement;
        foreach (var entry in manifest.GetProperty("outputs").EnumerateArray())
        {
            var file = Path.Combine(output, entry.GetProperty("path").GetString()!);
            Assert.That(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))), Is.EqualTo(entry.GetProperty("sha256").GetString()), $"{file}\n{replay}");
        }

        Assert.That(OutputChecks.Leftovers(output), Is.Empty, replay);
    }
}
