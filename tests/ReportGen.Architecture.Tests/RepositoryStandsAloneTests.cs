using System.Text.RegularExpressions;

namespace ReportGen.Architecture.Tests;

/// <summary>
/// A clone of the repository is all a user has: no folder beside it, no working documents, no machine it was
/// written on. So no tracked text file may point outside the repository (to a sibling folder's documents), name a
/// published document by a working number instead of its title, or hold an absolute path of a development
/// machine. Each failure names the file and line.
/// </summary>
public sealed partial class RepositoryStandsAloneTests
{
    // Files that are not text; the rest are read as UTF-8 (and skipped if they hold a NUL byte).
    private static readonly HashSet<string> BinaryExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".docx", ".xlsx", ".png", ".jpg", ".jpeg", ".gif", ".ico", ".ttf", ".otf", ".woff", ".woff2", ".zip", ".gz", ".dll", ".snk",
    };

    /// <summary>A sibling folder's documents. Case matters: <c>tests/Shared</c> is the repository's own folder.</summary>
    [GeneratedRegex(@"\.\./shared\b|shared[/\\]docs\b")]
    private static partial Regex OutsideFolder();

    /// <summary>
    /// A published document called by its working number (the word seed and a number, with or without leading
    /// zeros, after a space or an underscore as in a test's name) or the folder of them; the test cases below show it.
    /// </summary>
    [GeneratedRegex(@"(?<![a-z])seeds?[\s_]*0*\d(?!\d)|\bseeds?[/\\]", RegexOptions.IgnoreCase)]
    private static partial Regex SeedNumber();

    /// <summary>
    /// An absolute path of a development machine. The slash must start the path (not follow a host name or a
    /// folder, as in a URL), and the temporary folder is allowed: scripts and tests create scratch files there.
    /// </summary>
    [GeneratedRegex(@"(?<![\w.:/~])/(work|root|home|opt)/")]
    private static partial Regex MachinePath();

    [Test]
    public void No_file_refers_to_a_folder_outside_the_repository() =>
        AssertNoLineMatches(OutsideFolder(), "refers outside the repository; link to the repository's own doc (docs/contract.md, docs/architecture.md …) instead");

    [Test]
    public void No_file_names_a_published_document_by_a_seed_number() =>
        AssertNoLineMatches(SeedNumber(), "names a document by its seed number; name the published document (\"the Havering report\") instead");

    [Test]
    public void No_file_holds_an_absolute_machine_path() =>
        AssertNoLineMatches(MachinePath(), "holds an absolute path of a development machine; say what is needed in general terms, or use a path relative to the repository");

    // The patterns themselves: what they catch, and the look-alikes they must let through.
    [TestCase("see ../" + "shared/" + "docs/contract.md", true)]
    [TestCase("the outside contract (" + "shared/" + "docs" + "/contract.md)", true)]
    [TestCase("<Compile Include=\"../Shared/ChartReport.cs\" />", false)]
    [TestCase("a template shared from outside", false)]
    public void The_outside_folder_pattern_catches_sibling_documents(string line, bool caught) =>
        Assert.That(OutsideFolder().IsMatch(line), Is.EqualTo(caught), line);

    [TestCase("seed " + "002's cover report", true)]
    [TestCase("(Seed " + "3)", true)]
    [TestCase("the " + "seeds" + "/ folder", true)]
    [TestCase("seed" + "004", true)]
    [TestCase("public void Totals_as_" + "seed_" + "003_prints_them()", true)]
    [TestCase("Random(seed: 42)", false)]
    [TestCase("written with a fixed seed (python3 make_extract.py)", false)]
    [TestCase("var random = new Random(seed);", false)]
    [TestCase("CrimeSummary.Random(seed: 7, max: 8)", false)]
    [TestCase("$\"seed {Seed}, iteration {i}\"", false)]
    [TestCase("set.seed(123); rnorm(20)", false)]
    [TestCase("40 seeds: counts up to 4, 8 or 30", false)]
    public void The_seed_pattern_catches_working_numbers_only(string line, bool caught) =>
        Assert.That(SeedNumber().IsMatch(line), Is.EqualTo(caught), line);

    [TestCase("- `" + "/work" + "/." + "library/env/packages/nuget.tsv` lists every package", true)]
    [TestCase("peers=${PEERS:-" + "/work" + "/shared/bench}", true)]
    [TestCase("dotnet tool install -g x # into " + "/root" + "/.dotnet/tools", true)]
    [TestCase("\"" + "/home" + "/analyst/packs\"", true)]
    [TestCase("under " + "/opt" + "/nuget/", true)]
    [TestCase("https://github.com/home/work/opt/x", false)]
    [TestCase("work=${BENCH_WORK:-/tmp/reportgen-bench}", false)]
    [TestCase("~/.nuget/packages/csvhelper/34.0.0/lib/net10.0/CsvHelper.xml", false)]
    [TestCase("samples/havering/work/out", false)]
    public void The_machine_path_pattern_catches_absolute_paths_only(string line, bool caught) =>
        Assert.That(MachinePath().IsMatch(line), Is.EqualTo(caught), line);

    private static void AssertNoLineMatches(Regex pattern, string problem)
    {
        var found = new List<string>();
        foreach (var path in RepositoryFiles.Tracked)
        {
            if (BinaryExtensions.Contains(Path.GetExtension(path)))
            {
                continue;
            }

            var text = RepositoryFiles.Read(path);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                continue;
            }

            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (pattern.Match(lines[i]) is { Success: true } match)
                {
                    found.Add($"{path}:{i + 1}: '{match.Value}' {problem}: {lines[i].Trim()}");
                }
            }
        }

        Assert.That(found, Is.Empty, string.Join(Environment.NewLine, found));
    }
}
