using System.Text.RegularExpressions;
using ReportGen.Composition;
using ReportGen.Composition.Narrative;
using ReportGen.Composition.Templates;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;
using ReportGen.Ingest.Text;
using static ReportGen.Composition.Tests.Composition.Fixtures;

namespace ReportGen.Composition.Tests.Narrative;

/// <summary>
/// Commentary cites figures from the results by name (<c>{{ results.CSP3.ytd_value }}</c>, and in an indicator's own
/// notes <c>{{ indicator.ytd_value }}</c>), formatted as the table formats them; and the words of what each direction
/// of travel compares.
/// </summary>
public sealed partial class CitedFiguresTests
{
    private static readonly SourceLocation At = new("commentary/2016-17-Q3.md", 4, 1);

    private static Commentary Narrative(string markdown) => new(
        new Dictionary<string, IndicatorCommentary>(StringComparer.Ordinal),
        new Dictionary<string, NarrativeSection>(StringComparer.Ordinal) { ["context"] = new("context", "Context", markdown, At) });

    private static (string Text, IReadOnlyList<Problem> Problems) Compose(CompositionInput input, params TemplateBlock[] blocks)
    {
        var (document, problems) = DocumentComposer.Compose(Template(blocks), input);
        return (TextOf(document.Sections.SelectMany(s => s.Blocks)), problems);
    }

    [Test]
    public void A_narrative_section_cites_figures_by_indicator_id_as_the_table_prints_them()
    {
        var (text, problems) = Compose(
            Input(commentary: Narrative("ASB reports: {{ results.CSP3.ytd_value }}; repeat referrals {{ results.CSP2.ytd_value }} ({{ results.CSP2.ytd_fraction }}).")),
            new NarrativeTemplate(Here, "context", null, 3, null));

        Assert.That(text, Is.EqualTo("ASB reports: 4,810; repeat referrals 25.7% (47 of 183)."));
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void An_indicator_s_notes_cite_its_own_figures_in_the_report_detail_and_in_the_table()
    {
        var commentary = CommentaryOf(Notes("CSP1", text: "{{ indicator.ytd_value }} offences, {{ indicator.ytd_change }} on {{ results.CSP1.ytd_last_year_value }}.", action: "Patrols."));
        var input = Input(commentary: commentary);

        var (detail, problems) = Compose(input, new GoalsTemplate(Here, 3, "Highlights:", "Improvements required:", "None."));
        var table = (Table)DocumentComposer.Compose(
            Template(new IndicatorTableTemplate(Here, "Indicators", GroupByGoal: false, [new ColumnTemplate("Commentary", ColumnKind.Markdown, "{{ indicator.commentary }}", 1, CellAlignment.Left)])),
            input).Document.Sections[0].Blocks.Single();

        Assert.That(detail, Does.Contain("13,143 offences, +4.5% on 12,573."));
        Assert.That(TextOf(table.BodyRows[0].Cells[0].Content), Is.EqualTo("13,143 offences, +4.5% on 12,573."));
        Assert.That(problems.Where(p => p.Severity == Severity.Error), Is.Empty);
    }

    [Test]
    public void An_id_the_report_does_not_have_is_an_error_at_the_commentary_with_the_id_meant()
    {
        var (_, problems) = Compose(Input(commentary: Narrative("Offences: {{ results.CSP4.ytd_value }}.")), new NarrativeTemplate(Here, "context", null, 3, null));

        var errors = problems.Where(p => p.Severity == Severity.Error).Select(p => p.ToString()).ToList();
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0], Does.StartWith("commentary/2016-17-Q3.md:4:1: unknown member 'results.CSP4' (line 1, column 14 of the text); did you mean 'results.CSP"));
    }

    [Test]
    public void The_words_say_what_each_direction_of_travel_compares_by_the_calculation_s_rule()
    {
        var (text, _) = Compose(Input(), new MarkdownTemplate(Here, "{% for i in indicators %}{{ i.id }}: {{ i.dot_short_compares }} | {{ i.dot_long_compares }}\n\n{% endfor %}"));

        Assert.That(text.Split('\n'), Is.EqualTo(new[]
        {
            // A count: the quarter against the one before (a running total always rises); the years to date long term.
            "CSP1: the quarter against the quarter before (Q3 2016/17 against Q2 2016/17) | the year to date against the same period last year (April to December 2016 against April to December 2015)",
            // A rate: the years to date both ways.
            "CSP2: the year to date against the year to date a quarter earlier (April to December 2016 against April to September 2016) | the year to date against the same period last year (April to December 2016 against April to December 2015)",
            "CSP3: the quarter against the quarter before (Q3 2016/17 against Q2 2016/17) | the year to date against the same period last year (April to December 2016 against April to December 2015)",
        }));
    }

    [Test]
    public void The_period_s_change_on_the_same_period_last_year_is_signed_to_one_decimal()
    {
        var asb = Asb() with { SamePeriodLastYear = new Aggregate(1140m) };
        var input = Input([asb, Marac() with { SamePeriodLastYear = Aggregate.Confidential }]);

        var (text, _) = Compose(input, new MarkdownTemplate(Here, "{% for i in indicators %}{{ i.period_change }} {% endfor %}"));

        Assert.That(text.Split('\n')[0], Is.EqualTo("+16.0% [c]"), "1,322 on 1,140 is +15.96%; a suppressed figure gives its change away, so it is [c]");
    }

    [Test]
    public void The_citing_example_in_the_templates_docs_gives_the_sentence_the_docs_say()
    {
        var docs = File.ReadAllText(Path.Join(Repository.Root, "docs", "templates.md"));
        var section = docs[docs.IndexOf("### Citing figures in commentary", StringComparison.Ordinal)..];
        var example = MarkdownFence().Match(section).Groups["body"].Value;
        var problems = new ProblemList();
        var commentary = CommentaryParser.Parse(example, "commentary/2016-17-Q3.md", ["CSP1", "CSP2", "CSP3"], problems);
        var asb = Asb() with { SamePeriodLastYear = new Aggregate(1140m), YtdChangePercent = (4810m - 3810m) / 3810m * 100m };

        var (text, composed) = Compose(
            Input([Tno(), Marac(), asb], commentary),
            new NarrativeTemplate(Here, "safe", null, 3, null),
            new GoalsTemplate(Here, 3, "Highlights:", "Improvements required:", "None."));

        Assert.That(problems.All, Is.Empty);
        Assert.That(composed.Where(p => !p.Message.Contains("corrective action", StringComparison.Ordinal)), Is.Empty, "no error, and no typed figure to warn about");
        Assert.That(text, Does.Contain("Currently there are 3 indicators, of which 2 are Red (66.7%)."));
        Assert.That(text, Does.Contain("is 4,810, an increase of 26.2% from 3,810 reports in the previous corresponding period, and in Q3 1,322 from 1,140 (+16.0%)."));
    }

    [GeneratedRegex(@"^ *```markdown\n(?<body>.*?)^ *```$", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownFence();
}
