using ReportGen.Composition;
using ReportGen.Composition.Narrative;
using ReportGen.Composition.Templates;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Ingest.Text;
using static ReportGen.Composition.Tests.Composition.Fixtures;

namespace ReportGen.Composition.Tests.Narrative;

/// <summary>
/// A number typed in the commentary that is near one of the computed figures of the indicator its sentence speaks
/// of, but not that figure, is a warning at its path:line:column: the text cannot quietly contradict the table.
/// </summary>
public sealed class QuotedFiguresTests
{
    private const string Path = "commentary/2016-17-Q3.md";

    /// <summary>Havering's ASB at Q3 2016/17: 4,810 against 3,810 (+26.2%); Q3 1,322 against 1,140 (+16.0%).</summary>
    private static IndicatorResult Asb2016() => Asb() with
    {
        SamePeriodLastYear = new Aggregate(1140m),
        YtdChangePercent = (4810m - 3810m) / 3810m * 100m,
    };

    private static string[] Warnings(string markdown, params IndicatorResult[] results)
    {
        var problems = new ProblemList();
        var commentary = CommentaryParser.Parse(markdown, Path, ["CSP1", "CSP2", "CSP3"], problems);
        Assert.That(problems.All, Is.Empty, "the commentary reads cleanly");
        var (_, composed) = DocumentComposer.Compose(Template(new MarkdownTemplate(Here, "x")), Input(results.Length == 0 ? [Tno(), Marac(), Asb2016()] : results, commentary));
        return [.. composed.Where(p => p.Severity == Severity.Warning).Select(p => p.ToString())];
    }

    [Test]
    public void A_typed_number_near_a_figure_but_not_it_is_a_warning_at_its_line_and_column()
    {
        var warnings = Warnings("""
            # CSP3

            ## Commentary

            The total this year is 4,810, an increase of 26.0% from
            3,817 reports last year.
            """);

        Assert.That(warnings, Is.EqualTo(new[]
        {
            $"{Path}:5:46: warning: '26.0%' does not agree with the figures: CSP3's year-to-date change on last year is +26.2%; cite it as {{{{ results.CSP3.ytd_change }}}} so that the text and the table agree (docs/templates.md)",
            $"{Path}:6:1: warning: '3,817' does not agree with the figures: CSP3's year-to-date figure last year is 3,810; cite it as {{{{ results.CSP3.ytd_last_year_value }}}} so that the text and the table agree (docs/templates.md)",
        }));
    }

    [Test]
    public void A_number_that_is_the_figure_at_the_decimals_typed_or_near_no_figure_agrees()
    {
        // 26% is 26.2% to no decimals; 12.7% (London) and 15% are near nothing of CSP3's; Q1's +15.8% is just over 1%
        // from Q3's +15.96%, so it is not taken for it.
        var warnings = Warnings("""
            # CSP3

            ## Highlight

            4,810 reports, up 26% (London +12.7%); 15% of calls. Q1 (1,392 from 1,202, +15.8%).
            """);

        Assert.That(warnings, Is.Empty);
    }

    [Test]
    public void A_truncated_change_is_a_warning_naming_the_variable_that_cites_it()
    {
        var warnings = Warnings("""
            # CSP3

            ## Commentary

            And in Q3 (1,322 from 1,140, +15.9%).
            """);

        Assert.That(warnings, Has.Length.EqualTo(1));
        Assert.That(warnings[0], Does.StartWith($"{Path}:5:30: warning: '+15.9%' does not agree with the figures: CSP3's change on the same period last year is +16.0%; cite it as {{{{ results.CSP3.period_change }}}}"));
    }

    [Test]
    public void A_narrative_sentence_is_checked_only_when_it_names_an_indicator_by_id_or_title()
    {
        var warnings = Warnings("""
            # Context

            Calls reached 3,817 last year. The number of anti-social behaviour incidents was 3,817 last year. CSP3 stood at 3,817.
            - Total notifiable offences: 13,143 this year and 12,537 last year.
            """);

        Assert.That(warnings.Select(w => w[..w.IndexOf(" warning", StringComparison.Ordinal)]), Is.EqualTo(new[]
        {
            $"{Path}:3:82:", $"{Path}:3:113:", $"{Path}:4:51:",
        }));
        Assert.That(warnings[2], Does.Contain("CSP1's year-to-date figure last year is 12,573"));
    }

    [Test]
    public void Cited_figures_dates_years_and_addresses_are_not_typed_numbers()
    {
        var warnings = Warnings("""
            # Context

            In 2015, on 19/10/2016 and in 2016-17, CSP3 last year was {{ results.CSP3.ytd_last_year_value }} ({{ 3817 }}); see <https://example.org/CSP3/3817>.
            """);

        Assert.That(warnings, Is.Empty);
    }

    [Test]
    public void A_figure_disclosure_control_suppressed_is_never_compared_or_shown()
    {
        var suppressed = Asb2016() with { YtdLastYear = Aggregate.Confidential };

        var warnings = Warnings("""
            # CSP3

            ## Commentary

            Up from 3,817 last year.
            """, Tno(), Marac(), suppressed);

        Assert.That(warnings, Is.Empty);
    }

    [Test]
    public void A_number_that_is_the_indicator_s_figure_for_another_month_of_its_series_agrees()
    {
        // The monthly pack's commentary: "100 offences in August" beside a December a year ago of 101.
        var months = new[] { (5, 100m), (6, 103m) }
            .Select(m => new SeriesPoint(Period.ForMonth(new YearMonth(2016, m.Item1 + 3)), new Aggregate(m.Item2))).ToList();
        var violence = Asb2016() with { SamePeriodLastYear = new Aggregate(101m), Series = months };

        var warnings = Warnings("""
            # CSP3

            ## Commentary

            100 offences in August, then 103; 102 is no month's.
            """, Tno(), Marac(), violence);

        Assert.That(warnings, Has.Length.EqualTo(1));
        Assert.That(warnings[0], Does.StartWith($"{Path}:5:35: warning: '102' does not agree with the figures: CSP3's figure for the same period last year is 101"));
    }

    [Test]
    public void Notes_of_an_indicator_the_report_does_not_cover_are_neither_rendered_nor_checked()
    {
        var problems = new ProblemList();
        var commentary = CommentaryParser.Parse("# CSP9\n\n## Commentary\n\n{{ indicator.ytd_value }} and 3,817 offences.\n", Path, ["CSP9"], problems);

        var (_, composed) = DocumentComposer.Compose(Template(new MarkdownTemplate(Here, "x")), Input([Tno(), Marac(), Asb2016()], commentary));

        Assert.That(composed, Is.Empty, "CSP9 is defined but not in this report: its notes are never shown");
    }
}
