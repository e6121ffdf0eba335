using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Periods;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The MOPAC and City of London packs (sections for each goal, RAG tiles, gap ratings, monthly tables) under
/// disclosure control and in the public edition: a small count is [c] with its footnote in the new blocks, the tiles
/// count what is shown, and a restricted indicator is in no public output while the restricted edition has it.
/// </summary>
public sealed class PackDisclosureTests
{
    private static readonly BuildRequest CityOfLondon = new() { ProjectDirectory = string.Empty, Period = PeriodRequest.ForQuarter(3, YearLabel.Parse("2016/17")) };
    private static readonly BuildRequest Mopac = new() { ProjectDirectory = string.Empty, Period = PeriodRequest.ForQuarter(1, YearLabel.Parse("2021/22")) };

    [Test]
    public void A_suppressed_homicide_count_is_c_in_the_city_of_london_monthly_table_with_the_footnote_under_it()
    {
        using var folder = new TempFolder();
        var project = Copy(folder, "city-of-london", text => text.Replace("monthly: VBV", "monthly: HOM", StringComparison.Ordinal) + "\ndisclosure:\n  suppress_below: 5\n");
        var output = Built(project, CityOfLondon);

        var (table, next) = WordTable(Path.Combine(output, "measures.docx"), rows => rows[0].StartsWith("Homicide|Apr", StringComparison.Ordinal));
        Assert.That(table.Single(r => r.StartsWith("2016/17 (month)", StringComparison.Ordinal)), Does.Contain(Confidential.Symbol), "December's homicide");
        Assert.That(table.Single(r => r.StartsWith("2016/17 (YTD)", StringComparison.Ordinal)).Split('|')[9], Is.EqualTo(Confidential.Symbol), "December's year to date, which would give it away");
        Assert.That(next, Does.StartWith(Confidential.Note));
        var (summary, afterSummary) = WordTable(Path.Combine(output, "measures.docx"), rows => rows[0].StartsWith("Crime category", StringComparison.Ordinal));
        Assert.That(summary.Single(r => r.StartsWith("Homicide", StringComparison.Ordinal)), Does.Contain(Confidential.Symbol), "the crime summary table");
        Assert.That(afterSummary, Does.StartWith(Confidential.Note));
    }

    [Test]
    public void Suppressed_ratings_are_c_in_the_mopac_dashboard_and_its_tiles_count_them_as_not_rated()
    {
        using var folder = new TempFolder();
        var project = Copy(folder, "mopac", text => text + "\ndisclosure:\n  suppress_below: 1000\n");
        var output = Built(project, Mopac);

        // The tiles count every rating the tables show (count: ratings): an indicator's own, or each of its equality
        // gaps' instead, as results.json gives them after suppression.
        var json = OutputChecks.Json(Path.Combine(output, "results.json"));
        static string? Rag(System.Text.Json.JsonElement e) => e.GetProperty("rag").ValueKind == System.Text.Json.JsonValueKind.String ? e.GetProperty("rag").GetString() : null;
        var shown = json.GetProperty("indicators").EnumerateArray().SelectMany(i => i.GetProperty("equalityGaps").GetArrayLength() > 0
            ? i.GetProperty("equalityGaps").EnumerateArray().Select(Rag)
            : i.GetProperty("type").GetString() == "target" ? [Rag(i)] : []).ToList();
        int Count(string rating) => shown.Count(r => r == rating);
        var none = shown.Count(r => r is not ("Green" or "Amber" or "Red"));
        var (tiles, _) = WordTable(Path.Combine(output, "dashboard.docx"), rows => rows[0] == "Green|Amber|Red|Not rated");
        Assert.That(tiles[1], Is.EqualTo($"{Count("Green")}|{Count("Amber")}|{Count("Red")}|{none}"),
            "the report's tiles count the ratings results.json gives after suppression");
        Assert.That(none, Is.GreaterThan(0));
        Assert.That(json.GetProperty("ragSummary").GetProperty("none").GetInt32(), Is.GreaterThan(0));

        var (indicators, next) = WordTable(Path.Combine(output, "dashboard.docx"), rows => rows[0].EndsWith("Conf.", StringComparison.Ordinal));
        var victims = indicators.Single(r => r.Contains("Overall victim satisfaction", StringComparison.Ordinal));
        Assert.That(victims, Does.EndWith("|" + Confidential.Symbol), "the withheld rating, with no colour");
        Assert.That(indicators.Where(r => r.Contains("Equality of victim satisfaction", StringComparison.Ordinal)), Has.Some.Contains(Confidential.Symbol + "Black"), "each gap's withheld rating names its group");
        Assert.That(next, Does.StartWith(Confidential.Note));
    }

    // One indicator of each pack made restricted: MOPAC's first (in a goal's tiles and table); City of London's first
    // survey (named by id in the goal's settings, for its survey table).
    [TestCase("mopac", "policing.yaml", "PS1", "Overall victim satisfaction (USS)")]
    [TestCase("city-of-london", "satisfaction.yaml", "FVSWE", "Fraud victims satisfied with the whole experience")]
    public void A_restricted_indicator_of_a_pack_built_for_each_goal_is_in_no_public_output(string sample, string file, string id, string title)
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf(sample);
        var definitions = Path.Combine(project, "indicators", file);
        File.WriteAllText(definitions, File.ReadAllText(definitions).Replace($"- id: {id}\n", $"- id: {id}\n  restricted: true\n", StringComparison.Ordinal));
        var request = sample == "mopac" ? Mopac : CityOfLondon;
        var open = Built(project, request with { OutputDirectory = Path.Combine(folder.Path, "public") });
        var full = Built(project, request with { OutputDirectory = Path.Combine(folder.Path, "restricted"), Edition = EditionKind.Restricted });

        var idPattern = new Regex($@"\b{id}\b", RegexOptions.None, TimeSpan.FromSeconds(5));
        bool Mentions(string text) => idPattern.IsMatch(text) || text.Contains(title, StringComparison.OrdinalIgnoreCase);
        var outputs = PublishedText.Of(open);
        Assert.That(outputs.Keys, Does.Contain("results.json").And.Contain("manifest.json").And.Some.EndsWith(".pdf").And.Some.EndsWith(".docx"));
        Assert.That(outputs.Where(o => Mentions(o.Value)).Select(o => o.Key), Is.Empty);
        Assert.That(PublishedText.Of(full).Where(o => o.Key.EndsWith(".docx", StringComparison.Ordinal) || o.Key == "results.json").Where(o => !Mentions(o.Value)).Select(o => o.Key), Is.Empty,
            "the restricted edition shows it, so the scan above could find it");
        Assert.That(Count(open), Is.EqualTo(Count(full) - 1));
    }

    private static int Count(string output) =>
        OutputChecks.Json(Path.Combine(output, "results.json")).GetProperty("indicators").GetArrayLength();

    private static string Copy(TempFolder folder, string sample, Func<string, string> change)
    {
        var project = folder.CopyOf(sample);
        var file = Path.Combine(project, "reportgen.yaml");
        File.WriteAllText(file, change(File.ReadAllText(file)));
        return project;
    }

    private static string Built(string project, BuildRequest request)
    {
        var output = request.OutputDirectory ?? Path.Combine(project, "out");
        var outcome = ReportBuilder.Build(request with { ProjectDirectory = project, OutputDirectory = output });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        return output;
    }

    // The first Word table whose rows (cells joined by '|') match, and the text of the first paragraph with words after it.
    private static (IReadOnlyList<string> Rows, string Next) WordTable(string path, Func<IReadOnlyList<string>, bool> match)
    {
        using var word = WordprocessingDocument.Open(path, isEditable: false);
        foreach (var table in word.MainDocumentPart!.Document!.Body!.Descendants<W.Table>())
        {
            var rows = table.Elements<W.TableRow>().Select(r => string.Join("|", r.Elements<W.TableCell>().Select(c => c.InnerText))).ToList();
            if (rows.Count > 0 && match(rows))
            {
                var next = table.ElementsAfter().TakeWhile(e => e is not W.Table).OfType<W.Paragraph>().FirstOrDefault(p => p.InnerText.Length > 0);
                return (rows, next?.InnerText ?? string.Empty);
            }
        }

        Assert.Fail("no such table");
        return ([], string.Empty);
    }
}
