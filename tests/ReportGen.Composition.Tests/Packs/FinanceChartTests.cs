using ReportGen.Composition.Charts;
using ReportGen.Composition.Registers;
using ReportGen.Composition.Templates;
using ReportGen.Documents.Model;
using static ReportGen.Composition.Tests.Packs.PackFixtures;

namespace ReportGen.Composition.Tests.Packs;

/// <summary>
/// <c>chart: { kind: finance }</c>: a theme's financial review as the MOPAC dashboard draws it, bars of each budget
/// line's budget, forecast and spend from the finance register, the figures in labels and in the alternative text.
/// </summary>
public sealed class FinanceChartTests
{
    private static readonly ChartTemplate Template = new(Here, ChartTemplateKind.Finance);

    private static RegisterRow Line(string theme, string line, decimal budget, decimal forecast, decimal? spend) => Row(
        theme,
        ("line", RegisterValue.OfText(line)),
        ("budget", RegisterValue.OfMoney(budget)),
        ("forecast", RegisterValue.OfMoney(forecast)),
        ("spend", RegisterValue.OfMoney(spend)));

    private static ReportDocument Dashboard(params RegisterRow[] rows) => Compose(
        Input(registers: new ReportGen.Composition.Registers.Registers(new Dictionary<string, IReadOnlyList<RegisterRow>> { ["finance"] = rows })),
        SectionRepeat.Goal,
        Template);

    [Test]
    public void Each_theme_s_budget_lines_are_groups_of_budget_forecast_and_spend_bars_labelled_with_their_amounts()
    {
        var document = Dashboard(
            Line("justice", "Victims services (MoJ grant)", 17_400_000m, 17_400_000m, 1_200_000m),
            Line("justice", "Reducing reoffending", 6_800_000m, 6_500_000m, 1_100_000m),
            Line("women", "VAWG support services", 12_300_000m, 12_900_000m, 2_400_000m));

        var chart = (Chart)document.Sections[0].Blocks.Single();
        Assert.That(chart.Kind, Is.EqualTo(ChartKind.Bar));
        Assert.That(chart.Categories, Is.EqualTo(new[] { "Victims services (MoJ grant)", "Reducing reoffending" }), "the theme's lines only");
        Assert.That(chart.Series.Select(s => s.Name), Is.EqualTo(new[] { "Budget", "Forecast outturn", "Spent to date" }));
        Assert.That(chart.Series.Select(s => s.Values), Is.EqualTo(new[] { new double?[] { 17_400_000, 6_800_000 }, [17_400_000, 6_500_000], [1_200_000, 1_100_000] }));
        Assert.That(chart.Series.Select(s => s.ValueLabels), Is.EqualTo(new[] { new[] { "£17.4m", "£6.8m" }, ["£17.4m", "£6.5m"], ["£1.2m", "£1.1m"] }));
        Assert.That(chart.Series.Select(s => s.Color).Distinct().Count(), Is.EqualTo(3));
        Assert.That(chart.Legend, Is.EqualTo(LegendPosition.Bottom), "the legend names the three");
        Assert.That(chart.ValueAxis.Minimum, Is.Zero);
        Assert.That(chart.ValueAxis.Ticks[^1].Label, Does.StartWith("£").And.EndWith("m"));
        Assert.That(chart.AltText, Is.EqualTo(
            "Bar chart of the budget, forecast outturn and spend to date of each budget line, 2021/22: Victims services (MoJ grant): budget £17.4m, "
            + "forecast outturn £17.4m, spent to date £1.2m; Reducing reoffending: budget £6.8m, forecast outturn £6.5m, spent to date £1.1m. "
            + "In all, a budget of £24.2m and a forecast outturn of £23.9m, £0.3m under budget."));
        Assert.That(((Chart)document.Sections[1].Blocks.Single()).AltText, Does.EndWith("£0.6m over budget."));
    }

    [Test]
    public void Without_any_spend_there_is_no_spend_bar_and_without_rows_a_note_says_so()
    {
        var document = Dashboard(Line("justice", "Victims", 400_000m, 400_000m, null));

        var justice = (Chart)document.Sections[0].Blocks.Single();
        Assert.That(justice.Series.Select(s => s.Name), Is.EqualTo(new[] { "Budget", "Forecast outturn" }));
        Assert.That(justice.AltText, Does.EndWith("on budget."));
        var women = document.Sections[1].Blocks.Single();
        Assert.That(women, Is.InstanceOf<Paragraph>());
        Assert.That(Composition.Fixtures.TextOf(women), Is.EqualTo("No financial figures were given for this period."));
    }

    [Test]
    public void A_finance_chart_names_no_indicator()
    {
        var problems = new ReportGen.Ingest.Text.ProblemList();
        var template = TemplateReader.Read("document: { title: T }\nsections:\n  - blocks:\n      - chart: { kind: finance, height: 4.6cm }\n", "template.yaml", "t", problems);

        Assert.That(problems.All, Is.Empty);
        Assert.That(((ChartTemplate)template!.Sections.Single().Blocks.Single()).Kind, Is.EqualTo(ChartTemplateKind.Finance));
    }
}
