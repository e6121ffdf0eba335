using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Periods;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The safer-communities sample built in both editions: nothing restricted (an indicator, commentary marked
/// restricted, template sections and blocks) appears in any public output, the restricted edition has it all, each
/// edition's marking is on every page, and small counts are [c] everywhere.
/// </summary>
public sealed class SaferCommunitiesEditionsTests
{
    // The restricted indicator's id and title, and phrases found only in restricted commentary and template parts (also scanned in HTML by SaferCommunitiesHtmlEditionsTests).
    internal static readonly string[] Restricted =
    [
        "OCG1", "Organised crime group disruptions", "Operation Kestrel", "Kestrel", "Tactical Tasking",     // the indicator and its notes
        "Intelligence assessment", "cuckooing", "county lines", "covert disruption",                        // a narrative section marked (restricted)
        "covert test purchase", "licensed premises",                                                         // a corrective action marked (restricted)
        "tasking priorities", "Closed-session briefing", "Not for publication",                             // template block and section, restricted: true
        "Serious and organised crime tasking",                                                               // an unmarked heading over restricted blocks only
        "OFFICIAL-SENSITIVE",                                                                                // the restricted edition's marking
    ];

    private TempFolder _folder = null!;
    private BuildOutcome _public = null!;
    private BuildOutcome _restricted = null!;

    private string PublicOut => Path.Combine(_folder.Path, "public");

    private string RestrictedOut => Path.Combine(_folder.Path, "restricted");

    [OneTimeSetUp]
    public void BuildBothEditions()
    {
        _folder = new TempFolder();
        _public = ReportBuilder.Build(new BuildRequest { ProjectDirectory = Repository.Sample("safer-communities"), Period = PeriodRequest.ForQuarter(3), OutputDirectory = PublicOut });
        _restricted = ReportBuilder.Build(new BuildRequest
        {
            ProjectDirectory = Repository.Sample("safer-communities"),
            Period = PeriodRequest.ForQuarter(3),
            OutputDirectory = RestrictedOut,
            Edition = EditionKind.Restricted,
        });
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public void Both_editions_build_without_a_problem_and_say_which_they_are()
    {
        Assert.That(_public.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", _public.Problems));
        Assert.That(_restricted.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", _restricted.Problems));
        Assert.That(_public.Problems.Concat(_restricted.Problems), Is.Empty);
        Assert.That((_public.Edition, _public.Marking), Is.EqualTo(("public", "OFFICIAL")), "the project file's default edition");
        Assert.That((_restricted.Edition, _restricted.Marking), Is.EqualTo(("restricted", "OFFICIAL-SENSITIVE")));
    }

    [Test]
    public void Nothing_restricted_appears_in_any_public_output()
    {
        var outputs = PublishedText.Of(PublicOut);
        Assert.That(outputs.Keys, Is.EquivalentTo(new[] { "safer-communities.pdf", "safer-communities.docx", "results.json", "results.csv", "manifest.json" }));
        var found = outputs.SelectMany(o => Restricted.Where(word => o.Value.Contains(word, StringComparison.OrdinalIgnoreCase)).Select(word => $"{o.Key}: {word}"));
        Assert.That(found, Is.Empty);
    }

    [Test]
    public void The_restricted_edition_has_everything_the_public_one_leaves_out()
    {
        // Otherwise the scan above would prove nothing: each phrase is there to be found.
        var outputs = PublishedText.Of(RestrictedOut);
        var all = string.Join("\n", outputs.Values);
        Assert.That(Restricted.Where(word => !all.Contains(word, StringComparison.OrdinalIgnoreCase)), Is.Empty);
    }

    [Test]
    public void A_heading_over_nothing_but_restricted_blocks_is_in_the_restricted_edition_only()
    {
        // The template's "Serious and organised crime tasking" is not marked, but every block under it is: a heading
        // that names restricted matter and heads nothing would otherwise be left in the public pack.
        const string heading = "Serious and organised crime tasking";
        var pdf = OutputChecks.PdfText(Path.Combine(PublicOut, "safer-communities.pdf"));
        var word = OutputChecks.WordText(Path.Combine(PublicOut, "safer-communities.docx"));
        var json = File.ReadAllText(Path.Combine(PublicOut, "results.json"));
        Assert.That(new[] { pdf, word, json }, Has.None.Contain(heading));
        Assert.That(pdf, Does.Contain("RAG Summary").And.Contain("RECOMMENDATIONS"), "the headings around it stay");
        Assert.That(OutputChecks.PdfText(Path.Combine(RestrictedOut, "safer-communities.pdf")), Does.Contain(heading));
        Assert.That(OutputChecks.WordText(Path.Combine(RestrictedOut, "safer-communities.docx")), Does.Contain(heading));
    }

    [TestCase("public", "OFFICIAL")]
    [TestCase("restricted", "OFFICIAL-SENSITIVE")]
    public void The_edition_s_marking_is_printed_at_the_top_and_bottom_of_every_pdf_page(string edition, string marking)
    {
        var pages = PublishedText.PdfPages(Path.Combine(_folder.Path, edition, "safer-communities.pdf"));
        Assert.That(pages, Has.Count.GreaterThan(4));
        // A marking run into the running header or footer (a long footer and OFFICIAL-SENSITIVE on a portrait page)
        // is read as one word with it, and counts once: the marking then needs a line of its own.
        Assert.That(pages.Select((text, i) => (Page: i + 1, Count: text.Split(' ').Count(w => w == marking))).Where(p => p.Count != 2), Is.Empty,
            "each page's words hold the marking exactly twice, whole: centred at the top and at the bottom");
    }

    [TestCase("public", "OFFICIAL")]
    [TestCase("restricted", "OFFICIAL-SENSITIVE")]
    public void The_edition_s_marking_is_in_the_header_and_footer_of_every_word_section(string edition, string marking)
    {
        using var word = WordprocessingDocument.Open(Path.Combine(_folder.Path, edition, "safer-communities.docx"), isEditable: false);
        var main = word.MainDocumentPart!;
        var sections = main.Document!.Body!.Descendants<W.SectionProperties>().ToList();
        Assert.That(sections, Has.Count.EqualTo(edition == "public" ? 3 : 4), "the restricted Appendix 3 is a section of its own");
        foreach (var section in sections)
        {
            var headers = section.Elements<W.HeaderReference>().Select(r => ((HeaderPart)main.GetPartById(r.Id!)).Header!.InnerText).ToList();
            var footers = section.Elements<W.FooterReference>().Select(r => ((FooterPart)main.GetPartById(r.Id!)).Footer!.InnerText).ToList();
            Assert.That(section.Elements<W.HeaderReference>().Any(r => r.Type is null || r.Type.Value == W.HeaderFooterValues.Default), Is.True, "a default header, for every page");
            Assert.That(headers.Concat(footers), Is.Not.Empty.And.All.Contains(marking));
            Assert.That(headers.Concat(footers).Any(t => t.Contains("OFFICIAL-SENSITIVE", StringComparison.Ordinal)), Is.EqualTo(edition == "restricted"));
        }
    }

    [Test]
    public void The_public_rag_summary_is_counted_without_the_restricted_indicator()
    {
        var open = OutputChecks.Json(Path.Combine(PublicOut, "results.json"));
        var full = OutputChecks.Json(Path.Combine(RestrictedOut, "results.json"));
        int Count(JsonElement json, string rating) => json.GetProperty("ragSummary").GetProperty(rating).GetInt32();
        Assert.That(full.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "OCG1").GetProperty("rag").GetString(), Is.EqualTo("Green"));
        Assert.That(Count(open, "green"), Is.EqualTo(Count(full, "green") - 1));
        Assert.That(open.GetProperty("indicators").GetArrayLength(), Is.EqualTo(full.GetProperty("indicators").GetArrayLength() - 1));
        Assert.That((open.GetProperty("edition").GetString(), full.GetProperty("edition").GetString()), Is.EqualTo(("public", "restricted")));
    }

    [Test]
    public void The_public_manifest_says_how_many_restricted_items_were_left_out_and_nothing_more()
    {
        var edition = OutputChecks.Json(Path.Combine(PublicOut, "manifest.json")).GetProperty("edition");
        // One indicator; three pieces of commentary (the intelligence assessment, VIOL's corrective action, OCG1's
        // notes); three template parts (a narrative block, a markdown block, Appendix 3).
        Assert.That(edition.GetRawText(), Is.EqualTo("""{"name":"public","marking":"OFFICIAL","restrictedItemsLeftOut":7}""").IgnoreWhiteSpace);
        Assert.That(OutputChecks.Json(Path.Combine(RestrictedOut, "manifest.json")).GetProperty("edition").GetProperty("restrictedItemsLeftOut").GetInt32(), Is.Zero);
    }

    [Test]
    public void Small_counts_are_confidential_in_every_output_with_the_footnote()
    {
        var outputs = PublishedText.Of(PublicOut);
        Assert.That(outputs["safer-communities.pdf"], Does.Contain(Confidential.Symbol).And.Contain(Confidential.Note));
        Assert.That(outputs["safer-communities.docx"], Does.Contain(Confidential.Symbol).And.Contain(Confidential.Note));
        Assert.That(outputs["results.csv"].Split('\n').Single(l => l.StartsWith("HOM,", StringComparison.Ordinal)), Does.Contain(Confidential.Symbol));
        var homicide = OutputChecks.Json(Path.Combine(PublicOut, "results.json")).GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "HOM");
        Assert.That(homicide.GetProperty("ytdValue").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(homicide.GetProperty("rag").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(homicide.GetProperty("suppressed").EnumerateArray().Select(s => s.GetString()), Does.Contain("ytdValue").And.Contain("rag"));
    }

    [TestCase("periodValue")]
    [TestCase("ytdValue")]
    [TestCase("ytdLastYearValue")]
    [TestCase("previousYtdValue")]
    public void No_suppressed_figure_of_the_crime_summary_is_the_total_less_the_shown_parts(string field)
    {
        // Appendix 1 shows victim-based crime and its parts side by side: one [c] among them would be a subtraction.
        var indicators = OutputChecks.Json(Path.Combine(PublicOut, "results.json")).GetProperty("indicators").EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty(field).ValueKind == JsonValueKind.Null);
        var hidden = new[] { "VIC", "VIOL", "HOM", "SEXO", "ROB" }.Count(id => indicators[id]);
        Assert.That(hidden, Is.Not.EqualTo(1));
    }

    [Test]
    public void The_project_file_may_make_the_restricted_edition_the_default()
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("safer-communities");
        var file = Path.Combine(project, "reportgen.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("edition: public", "edition: restricted", StringComparison.Ordinal));
        var outcome = ReportBuilder.Build(new BuildRequest { ProjectDirectory = project, Period = PeriodRequest.ForQuarter(3), Formats = new HashSet<string> { "json" } });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        Assert.That(outcome.Edition, Is.EqualTo("restricted"));
        Assert.That(File.Exists(Path.Combine(project, "out", "restricted", "results.json")), Is.True, "the restricted edition's own output folder");
    }
}
