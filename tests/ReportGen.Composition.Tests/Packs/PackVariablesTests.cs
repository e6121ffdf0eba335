using ReportGen.Composition;
using ReportGen.Composition.Narrative;
using ReportGen.Composition.Templates;
using ReportGen.Composition.Tests.Composition;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using static ReportGen.Composition.Tests.Packs.PackFixtures;

namespace ReportGen.Composition.Tests.Packs;

/// <summary>The variables the packs brought: the annual target, changes as numbers, gap bands, groups by name, goal narrative.</summary>
public sealed class PackVariablesTests
{
    private static string Render(string liquid, IndicatorResult result, Commentary? commentary = null) =>
        Fixtures.TextOf(Compose(Input([result], commentary: commentary), SectionRepeat.Goal, new MarkdownTemplate(Here, liquid)).Sections[0].Blocks);

    [Test]
    public void The_annual_target_is_the_year_s_whatever_the_quarter_s_target()
    {
        // A count held to 24 in the year is held to 6 at Q1 (annual × 1 / 4); MOPAC's table prints the 24.
        var count = Rate("CJ3", "justice", 7m, Rag.Green, 6m) with
        {
            Definition = new IndicatorDefinition("CJ3", "Women supported")
            {
                Goal = "justice",
                Targets = new Dictionary<FinancialYear, TargetSet> { [new FinancialYear(2021)] = new(24m, null, null) },
            },
        };

        Assert.That(Render("{% for i in indicators %}{{ i.annual_target }} / {{ i.target }}{% endfor %}", count), Is.EqualTo("24 / 6"));
    }

    [TestCase(Unit.Count, 2552, 2715, "-163")] // the City of London measures' "Change Number"
    [TestCase(Unit.Count, 10, 10, "0")] // no sign on no change
    [TestCase(Unit.Percent, 72, 70, "+2pp")] // a rate's change is in points
    public void The_year_to_date_change_is_a_signed_number(Unit unit, decimal now, decimal before, string expected)
    {
        var result = new IndicatorResult
        {
            Definition = new IndicatorDefinition("X", "X") { Unit = unit, Goal = "justice" },
            Ytd = new Aggregate(now),
            YtdLastYear = new Aggregate(before),
        };

        Assert.That(Render("{% for i in indicators %}{{ i.ytd_change_number }}{% endfor %}", result), Is.EqualTo(expected));
    }

    [Test]
    public void A_breakdown_group_is_found_by_name_and_the_gap_band_is_written_with_its_sign()
    {
        var result = Gapped("PS5", "justice") with
        {
            Breakdowns = [new BreakdownResult("City of London", new Aggregate(null), new Aggregate(87.4m))],
        };

        Assert.That(
            Render("{% for i in indicators %}{{ i.groups['City of London'].rated_value }} {{ i.gap_band }}{% endfor %}", result),
            Is.EqualTo("87% ±5%"));
    }

    [Test]
    public void A_goal_s_narrative_comes_from_commentary_sections_named_after_its_key_and_a_word()
    {
        var location = new SourceLocation("commentary/2021-22-Q1.md", 1, 1);
        var commentary = new Commentary(
            new Dictionary<string, IndicatorCommentary>(StringComparer.Ordinal),
            new Dictionary<string, NarrativeSection>(StringComparer.Ordinal)
            {
                ["justice pursue"] = new("justice pursue", "justice pursue", "Arrests up.", location),
                ["justice"] = new("justice", "justice", "Overview.", location),
                ["justices pursue"] = new("justices pursue", "justices pursue", "Not this goal's.", location),
            });

        var text = Render("{{ goal.narrative.pursue }}|{{ goal.narrative.protect }}", Rate("J1", "justice", 1m, null), commentary);

        Assert.That(text, Is.EqualTo("Arrests up.|"));
    }

    [Test]
    public void A_narrative_block_finds_its_section_by_a_liquid_key()
    {
        var location = new SourceLocation("commentary/2021-22-Q1.md", 1, 1);
        var commentary = new Commentary(
            new Dictionary<string, IndicatorCommentary>(StringComparer.Ordinal),
            new Dictionary<string, NarrativeSection>(StringComparer.Ordinal) { ["justice finance"] = new("justice finance", "Justice finance", "On budget.", location) });

        var document = Compose(Input(commentary: commentary), SectionRepeat.Goal, new NarrativeTemplate(Here, "{{ goal.key }} finance", "Notes", 3, null));

        Assert.That(document.Sections.Select(s => Fixtures.TextOf(s.Blocks)), Is.EqualTo(new[] { "Notes\nOn budget.", string.Empty }));
    }
}
