using System.Text;
using ReportGen.Pipeline.Packs;

namespace ReportGen.Pipeline.Tests.Packs;

/// <summary>
/// Breakdown values built at random from the pieces that make folder names dangerous (<c>..</c>, <c>/</c>, <c>\</c>,
/// NUL and other control characters, names Windows keeps for devices, trailing dots and spaces, very long names,
/// names that differ only by case or punctuation): each becomes one folder directly inside the output folder, or is
/// refused; two that would share a folder are refused, never merged; nothing is written outside the output folder.
/// The seed is fixed, so a failure names the names to replay.
/// </summary>
public sealed class HostileGroupNameTests
{
    private static readonly string[] Pieces =
    [
        "..", ".", "/", "\\", "\0", "\u0001", "\t", "\u007f", "\u202e", ":", "*", "?", "\"", "<", ">", "|", " ", "~",
        "CON", "con", "NUL", "aux", "COM1", "lpt9", "manifest", "manifest.json", ".json", "Havering", "havering",
        "Ōtāhuhu", "\U0001F600", "e\u0301", "\u00e9", "%2e%2e", "C:", "~root", "-rf", "$HOME", "${x}", "'", "`",
    ];

    private static string Hostile(Random random)
    {
        var name = new StringBuilder();
        var count = random.Next(1, 6);
        for (var i = 0; i < count; i++)
        {
            name.Append(Pieces[random.Next(Pieces.Length)]);
        }

        if (random.Next(8) == 0)
        {
            name.Append('x', random.Next(50, 400));
        }

        return name.ToString();
    }

    [Test]
    public void Every_hostile_name_becomes_one_safe_folder_directly_inside_the_output_or_none()
    {
        var random = new Random(20170117);
        var output = Path.Combine(Path.GetTempPath(), "out");
        for (var i = 0; i < 5000; i++)
        {
            var group = Hostile(random);
            var folder = PackFolder.Of(group);
            var shown = string.Concat(group.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
            if (folder is null)
            {
                Assert.That(group.Trim(), Is.EqualTo(".").Or.EqualTo("..").Or.Empty, shown);
                continue;
            }

            Assert.That(folder, Has.Length.InRange(1, PackFolder.MaxLength), shown);
            Assert.That(folder.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|']), Is.EqualTo(-1), shown);
            Assert.That(folder.Any(char.IsControl), Is.False, shown);
            Assert.That(folder, Does.Not.StartWith(".").And.Not.EndWith(".").And.Not.EndWith(" "), shown);
            Assert.That(folder.Split('.')[0].ToUpperInvariant(), Is.Not.AnyOf("CON", "PRN", "AUX", "NUL", "COM1", "LPT9"), shown);
            Assert.That(Path.GetDirectoryName(Path.GetFullPath(Path.Combine(output, folder))), Is.EqualTo(output), $"directly inside the output folder: {shown}");
            Assert.That(PackFolder.Of(group), Is.EqualTo(folder), "the same name every time");
        }
    }

    [TestCase("Hav\u0000ering", "0000")]
    [TestCase("Hav\u0001ering", "0001")]
    [TestCase("Hav\u007fering", "007F")]
    public void A_group_with_a_control_character_is_one_line_and_nothing_is_written(string hostile, string code)
    {
        using var folder = new TempFolder();
        var project = ForEachRun.SampleWithCrimes(folder, "control", lines => lines.Select(l => l.Replace(",Havering,", $",{hostile},", StringComparison.Ordinal)));
        var output = Path.Combine(folder.Path, "out");

        var (exitCode, _, error) = ForEachRun.Build(project, output, "--for-each", "borough");

        Assert.That(exitCode, Is.EqualTo(1), error);
        Assert.That(error, Does.Contain($"reportgen: the borough 'Hav ering' holds a control character (U+{code})").And.Not.Contain("internal error"));
        Assert.That(Directory.Exists(output), Is.False);
    }

    [Test]
    public void A_run_over_hostile_groups_writes_inside_its_output_folder_and_never_merges_two_groups()
    {
        var random = new Random(20170118);
        using var folder = new TempFolder();
        var outcomes = new int[3];
        for (var run = 0; run < 4; run++)
        {
            // Three boroughs renamed; the run either builds a folder for each or refuses, naming the clash.
            var names = Enumerable.Range(0, 3).Select(_ => Hostile(random).Replace("\"", "'", StringComparison.Ordinal)).ToList();
            if (run == 0)
            {
                names = ["CON", "con", "Con."];
            }

            var boroughs = new[] { "Havering", "Redbridge", "Barking and Dagenham" };
            var project = ForEachRun.SampleWithCrimes(folder, $"run-{run}", lines => lines.Select((l, i) =>
            {
                var fields = l.Split(',');
                var at = Array.IndexOf(boroughs, fields[2]);
                if (i > 0 && at >= 0)
                {
                    fields[2] = $"\"{names[at]}\"";
                }

                return string.Join(',', fields);
            }));
            var parent = Path.Combine(folder.Path, $"parent-{run}");
            var output = Path.Combine(parent, "out");
            var replay = $"run {run}: {string.Join(" | ", names.Select(n => string.Concat(n.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()))))}";

            var (code, _, error) = ForEachRun.Build(project, output, "--for-each", "borough");

            outcomes[code]++;
            Assert.That(error, Does.Not.Contain("internal error").And.Not.Contain("   at "), replay);
            Assert.That(code, Is.InRange(0, 1), $"{replay}\n{error}");
            if (code == 0)
            {
                Assert.That(Directory.GetFileSystemEntries(parent).Select(Path.GetFileName), Is.EqualTo(new[] { "out" }), $"nothing beside the output folder; {replay}");
                var packs = ForEachRun.Packs(Path.Combine(output, "manifest.json"));
                Assert.That(packs.Select(p => p.Folder).Distinct(StringComparer.OrdinalIgnoreCase).Count(), Is.EqualTo(packs.Count), $"one folder per group, apart even ignoring case; {replay}");
                foreach (var pack in packs)
                {
                    Assert.That(File.Exists(Path.Combine(output, pack.Folder, "results.json")), Is.True, $"{pack.Folder}; {replay}");
                }
            }
            else
            {
                Assert.That(Directory.Exists(parent) ? Directory.EnumerateFileSystemEntries(parent) : [], Is.Empty, $"nothing written; {replay}");
                Assert.That(error, Does.Contain("would share the folder").Or.Contain("cannot name a folder").Or.Contain("holds a control character").Or.Match(@":[0-9]+(:[0-9]+)?: "), $"the clash, or a problem at its file and line; {replay}\n{error}");
            }
        }

        Assert.That(outcomes[1], Is.Positive, "the names differing only by case were refused");
    }
}
