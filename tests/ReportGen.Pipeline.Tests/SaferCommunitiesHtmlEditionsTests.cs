using System.Text.RegularExpressions;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Periods;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The safer-communities sample built to HTML in both editions: nothing restricted is anywhere in the public page (its
/// text, attributes, chart descriptions or head), the restricted page has it all, each edition's marking is at the
/// top and the bottom of its page, and a small count is [c] with its footnote.
/// </summary>
public sealed partial class SaferCommunitiesHtmlEditionsTests
{
    private TempFolder _folder = null!;
    private string _public = null!;
    private string _restricted = null!;

    [OneTimeSetUp]
    public void BuildBothEditions()
    {
        _folder = new TempFolder();
        var project = _folder.CopyOf("safer-communities");
        var file = Path.Combine(project, "reportgen.yaml");
        var text = File.ReadAllText(file);
        Assert.That(text, Does.Contain("formats: [pdf, docx, json, csv]"));
        File.WriteAllText(file, text.Replace("formats: [pdf, docx, json, csv]", "formats: [pdf, docx, html, json, csv]", StringComparison.Ordinal));
        foreach (var edition in new[] { EditionKind.Public, EditionKind.Restricted })
        {
            var outcome = ReportBuilder.Build(new BuildRequest
            {
                ProjectDirectory = project,
                Period = PeriodRequest.ForQuarter(3),
                OutputDirectory = Path.Combine(_folder.Path, edition.ToString()),
                Edition = edition,
                Formats = new HashSet<string> { "html", "json" },
            });
            Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
            Assert.That(outcome.Problems, Is.Empty);
        }

        _public = File.ReadAllText(Path.Combine(_folder.Path, nameof(EditionKind.Public), "safer-communities.html"));
        _restricted = File.ReadAllText(Path.Combine(_folder.Path, nameof(EditionKind.Restricted), "safer-communities.html"));
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public void Only_the_html_and_the_results_are_written()
    {
        Assert.That(Directory.EnumerateFiles(Path.Combine(_folder.Path, nameof(EditionKind.Public))).Select(Path.GetFileName),
            Is.EquivalentTo(new[] { "safer-communities.html", "results.json", "manifest.json" }));
    }

    [Test]
    public void Nothing_restricted_is_anywhere_in_the_public_html()
    {
        // The whole file, markup and all: attributes (a chart's description), the head and the stylesheet too.
        Assert.That(SaferCommunitiesEditionsTests.Restricted.Where(word => _public.Contains(word, StringComparison.OrdinalIgnoreCase)), Is.Empty);
    }

    [Test]
    public void The_restricted_html_has_everything_the_public_one_leaves_out()
    {
        Assert.That(SaferCommunitiesEditionsTests.Restricted.Where(word => !_restricted.Contains(word, StringComparison.OrdinalIgnoreCase)), Is.Empty);
    }

    [TestCase(EditionKind.Public, "OFFICIAL")]
    [TestCase(EditionKind.Restricted, "OFFICIAL-SENSITIVE")]
    public void The_edition_s_marking_is_at_the_top_and_bottom_of_the_page(EditionKind edition, string marking)
    {
        var html = edition == EditionKind.Public ? _public : _restricted;
        var markings = Marking().Matches(html).Select(m => (m.Groups["where"].Value, m.Groups["text"].Value)).ToList();
        Assert.That(markings, Is.EqualTo(new[] { ("top", marking), ("bottom", marking) }));
        Assert.That(html.IndexOf("marking-top", StringComparison.Ordinal), Is.LessThan(html.IndexOf("<main", StringComparison.Ordinal)));
        Assert.That(html.IndexOf("marking-bottom", StringComparison.Ordinal), Is.GreaterThan(html.IndexOf("</main>", StringComparison.Ordinal)));
    }

    [Test]
    public void A_small_count_is_confidential_with_its_footnote()
    {
        Assert.That(_public, Does.Contain(Confidential.Symbol).And.Contain(Confidential.Note));
    }

    [GeneratedRegex("<p class=\"marking marking-(?<where>top|bottom)\">(?<text>[^<]*)</p>", RegexOptions.None, 1000)]
    private static partial Regex Marking();
}
