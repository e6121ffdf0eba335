using System.Text.Json;

namespace ReportGen.Cli.Tests;

/// <summary>
/// <c>reportgen explain ID</c>: the build's own figures for one indicator, with the rows, target, rating rule and
/// directions that gave them. The Havering sample's published figures (Q3 2016/17, see HaveringSampleTests) are the
/// reference; changed copies of the sample give the other rules.
/// </summary>
public sealed class ExplainCommandTests
{
    private string _work = null!;

    [SetUp]
    public void MakeWorkFolder() => _work = Path.Join(Path.GetTempPath(), "reportgen-explain-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveWorkFolder()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Test]
    public void Csp1_in_Q3_2016_17_gives_the_published_figures_and_names_the_data_lines()
    {
        var havering = CommandLine.Sample("havering");
        var (exitCode, output, error) = CommandLine.Run("explain", "CSP1", "--quarter", "Q3", "--year", "2016/17", "--project", havering);

        Assert.That((exitCode, error), Is.EqualTo((0, string.Empty)));
        var lines = File.ReadAllLines(Path.Join(havering, "data", "measures.csv"));
        var used = Enumerable.Range(1, lines.Length).Where(n => lines[n - 1].StartsWith("CSP1,2016-", StringComparison.Ordinal)
            && string.CompareOrdinal(lines[n - 1][5..12], "2016-04") >= 0 && string.CompareOrdinal(lines[n - 1][5..12], "2016-12") <= 0).ToList();
        Assert.That(used, Has.Count.EqualTo(9), "April to December 2016");
        Assert.That(output, Does.Contain($"measures.csv lines {used[0]}–{used[^1]}."));
        foreach (var line in used)
        {
            Assert.That(output, Does.Contain($"measures.csv:{line} "), $"row at line {line} listed");
        }

        Assert.That(output, Does.Contain("The 2016/17 Q3 figure: 4,355, the sum of 3 row(s)."));
        Assert.That(output, Does.Contain("The year-to-date figure: 13,143, the sum of 9 row(s)."));
        Assert.That(output, Does.Contain("Target: 12,375 for the year to date to 2016/17 Q3, from the 2016/17 targets at "));
        var yamlLine = Array.IndexOf(File.ReadAllLines(Path.Join(havering, "indicators", "safe.yaml")), "    \"2016/17\":") + 1;
        Assert.That(output, Does.Contain($"safe.yaml:{yamlLine}; tolerance 5% allows 618.75."));
        Assert.That(output, Does.Contain("off target when above 12,375 + 618.75 = 12,993.75; 13,143 is off target, and the short-term direction is worse, so it is Red."));
        Assert.That(output, Does.Contain("Long-term direction: 13,143 for the year to date to 2016/17 Q3 (2016-04 to 2016-12) against 12,573 for the year to date to 2015/16 Q3"));
        Assert.That(output, Does.Contain("lower is better, so worse."));
    }

    [Test]
    public void The_period_defaults_as_build_s_does_to_the_latest_quarter_with_data()
    {
        var (exitCode, output, _) = CommandLine.Run("explain", "CSP1", "--project", CommandLine.Sample("havering"));

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.StartWith("CSP1 (Total notifiable offences), 2016/17 Q3:"));
    }

    [Test]
    public void A_ratio_shows_its_summed_numerator_and_denominator()
    {
        var (exitCode, output, _) = CommandLine.Run("explain", "CSP2", "-q", "Q3", "-y", "2016/17", "-p", CommandLine.Sample("havering"));

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("The 2016/17 Q3 figure: 28.8%, 17 ÷ 59 × 100"));
        Assert.That(output, Does.Contain("The year-to-date figure: 25.7%, 47 ÷ 183 × 100"));
        Assert.That(output, Does.Contain("off target when further than 3 outside 28 to 40; 25.7% is within it, so it is Green."));
        Assert.That(output, Does.Match(@"measures\.csv:\d+ +\* 2016-12 +\d+/\d+"), "a rate's rows show numerator/denominator");
    }

    [Test]
    public void A_target_distance_indicator_says_its_shortfall_and_allowances()
    {
        var project = Copy("havering", yaml => yaml.Replace(
            "  tolerance: 5%\n  rag:\n    method: tolerance\n    basis: ytd\n  info:\n    source: Metropolitan Police Service, CRIS",
            "  rag:\n    method: target_distance\n    basis: ytd\n    green_within: 2%\n    amber_within: 10%\n  info:\n    source: Metropolitan Police Service, CRIS",
            StringComparison.Ordinal));

        var (exitCode, output, error) = CommandLine.Run("explain", "CSP1", "-q", "Q3", "-y", "2016/17", "-p", project);

        Assert.That(exitCode, Is.Zero, error);
        // 13,143 against 12,375: 768 short; Green within 2% (247.5), Amber within 10% (1,237.5).
        Assert.That(output, Does.Contain("Rating (target_distance, on the year-to-date figure 13,143): the shortfall is 768 short of the target 12,375; "
            + "Green up to 247.5 (2% of the target), Amber up to 1,237.5 (10% of the target), Red beyond; so it is Amber."));
    }

    [Test]
    public void A_not_due_indicator_says_so_and_has_no_rating()
    {
        var project = Copy("havering", yaml => yaml.Replace("  goal: SAFE\n  unit: count\n  polarity: lower\n  aggregation: sum\n  targets:\n    \"2016/17\":\n      annual: 5000",
            "  goal: SAFE\n  frequency: annual\n  unit: count\n  polarity: lower\n  aggregation: sum\n  targets:\n    \"2016/17\":\n      annual: 5000", StringComparison.Ordinal));

        var (exitCode, output, _) = CommandLine.Run("explain", "CSP3", "-q", "Q3", "-y", "2016/17", "-p", project, "--json");

        Assert.That(exitCode, Is.Zero);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.That(root.GetProperty("states").EnumerateArray().Select(s => s.GetString()), Does.Contain("not-due"));
        Assert.That(root.GetProperty("rating").GetProperty("rag").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(root.GetProperty("steps").EnumerateArray().Select(s => s.GetString()),
            Does.Contain("Not due in 2016/17 Q3: it is reported annual, so it has no rating this period and missing figures are not warned about."));
    }

    [Test]
    public void Json_parses_and_carries_the_same_numbers()
    {
        var (exitCode, output, _) = CommandLine.Run("explain", "CSP1", "-q", "Q3", "-y", "2016/17", "-p", CommandLine.Sample("havering"), "--json");

        Assert.That(exitCode, Is.Zero);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.That(root.GetProperty("explainVersion").GetString(), Is.EqualTo("1.0"));
        Assert.That(root.GetProperty("id").GetString(), Is.EqualTo("CSP1"));
        Assert.That(root.GetProperty("period").GetString(), Is.EqualTo("2016/17 Q3"));
        var figures = root.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("value").GetDecimal());
        Assert.That(figures["period"], Is.EqualTo(4355m));
        Assert.That(figures["ytd"], Is.EqualTo(13143m));
        Assert.That(figures["ytdLastYear"], Is.EqualTo(12573m));
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.That(rows.Sum(r => r.GetProperty("value").GetDecimal()), Is.EqualTo(13143m), "the rows add up to the year to date");
        Assert.That(rows.Where(r => r.GetProperty("inPeriod").GetBoolean()).Sum(r => r.GetProperty("value").GetDecimal()), Is.EqualTo(4355m));
        Assert.That(rows[0].GetProperty("source").GetString(), Does.Match(@"measures\.csv:\d+$"));
        var target = root.GetProperty("target");
        Assert.That(target.GetProperty("value").GetDecimal(), Is.EqualTo(12375m));
        Assert.That(target.GetProperty("from").GetString(), Is.EqualTo("definition"));
        Assert.That(target.GetProperty("tolerance").GetString(), Is.EqualTo("5%"));
        Assert.That(target.GetProperty("allowance").GetDecimal(), Is.EqualTo(618.75m));
        var rating = root.GetProperty("rating");
        Assert.That(rating.GetProperty("method").GetString(), Is.EqualTo("tolerance"));
        Assert.That(rating.GetProperty("rag").GetString(), Is.EqualTo("Red"));
        Assert.That(rating.GetProperty("offTarget").GetBoolean(), Is.True);
        var directions = root.GetProperty("directions").EnumerateArray().ToList();
        Assert.That(directions.Select(d => (d.GetProperty("term").GetString(), d.GetProperty("result").GetString())),
            Is.EqualTo(new[] { ("short", "worse"), ("long", "worse") }));
        Assert.That(directions[1].GetProperty("earlierValue").GetDecimal(), Is.EqualTo(12573m));
    }

    [Test]
    public void A_data_row_target_is_named_at_its_line()
    {
        var project = Copy("havering", yaml => yaml);
        var csv = Path.Join(project, "data", "measures.csv");
        File.AppendAllText(csv, "CSP1,2016/17 Q3,,,,,13000,\n");
        var line = File.ReadAllLines(csv).Length;

        var (exitCode, output, error) = CommandLine.Run("explain", "CSP1", "-q", "Q3", "-y", "2016/17", "-p", project);

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(output, Does.Contain($"Target: 13,000 for the year to date to 2016/17 Q3, from the target column of the data row at {Path.Join(project, "data")}/measures.csv:{line};"));
    }

    [Test]
    public void An_spc_rated_indicator_gives_its_verdict_and_limits()
    {
        var (exitCode, output, _) = CommandLine.Run("explain", "BEN1", "-q", "Q3", "-y", "2016/17", "-p", CommandLine.Sample("spc-monthly"), "--json");

        Assert.That(exitCode, Is.Zero);
        var root = JsonDocument.Parse(output).RootElement;
        var spc = root.GetProperty("spc");
        Assert.That(spc.GetProperty("lastPeriod").GetString(), Is.EqualTo("2016-12"));
        Assert.That(spc.GetProperty("lowerLimit").GetDecimal(), Is.LessThan(spc.GetProperty("mean").GetDecimal()));
        Assert.That(spc.GetProperty("upperLimit").GetDecimal(), Is.GreaterThan(spc.GetProperty("mean").GetDecimal()));
        Assert.That(root.GetProperty("rating").GetProperty("method").GetString(), Is.EqualTo("spc"));
        Assert.That(root.GetProperty("rating").GetProperty("rule").GetString(), Does.StartWith("Rating (spc): the SPC verdict below (variation "));
    }

    [Test]
    public void An_unknown_id_is_a_usage_error_that_suggests_the_nearest()
    {
        var (exitCode, output, error) = CommandLine.Run("explain", "CPS1", "-p", CommandLine.Sample("havering"));

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.StartWith("reportgen: no indicator has the id 'CPS1'; did you mean CSP1"));
    }

    [Test]
    public void Quarter_and_month_together_are_a_usage_error()
    {
        var (exitCode, _, error) = CommandLine.Run("explain", "CSP1", "-q", "Q3", "-m", "2016-12", "-p", CommandLine.Sample("havering"));

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("give --quarter or --month, not both"));
    }

    /// <summary>A copy of a sample with its indicator files changed by <paramref name="change"/> (which must change something, or be the identity).</summary>
    private string Copy(string sample, Func<string, string> change)
    {
        var from = CommandLine.Sample(sample);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Join(_work, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        foreach (var yaml in Directory.GetFiles(Path.Join(_work, "indicators"), "*.yaml"))
        {
            File.WriteAllText(yaml, change(File.ReadAllText(yaml).ReplaceLineEndings("\n")));
        }

        return _work;
    }
}
