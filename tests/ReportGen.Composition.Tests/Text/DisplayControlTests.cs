using ReportGen.Composition.Narrative;
using ReportGen.Composition.Text;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;

namespace ReportGen.Composition.Tests.Text;

/// <summary>Display control per indicator: the target's own decimals, and money in full or in millions.</summary>
public sealed class DisplayControlTests
{
    [TestCase(MoneyStyle.Auto, 2, 23771451.95, "£23.77m")] // the default: millions from a million up
    [TestCase(MoneyStyle.Auto, 0, 450000, "£450,000")] // the default: in full below a million
    [TestCase(MoneyStyle.Full, 2, 23771451.95, "£23,771,451.95")] // in full, to the penny, as a budget table prints it
    [TestCase(MoneyStyle.Full, 0, -1250000, "-£1,250,000")] // in full, negative
    [TestCase(MoneyStyle.Millions, 0, 450000, "£0.5m")] // in millions even below one, with at least one decimal
    [TestCase(MoneyStyle.Millions, 2, 23771451.95, "£23.77m")] // in millions to the indicator's decimals
    public void Money_follows_the_indicator_s_style(MoneyStyle style, int decimals, decimal value, string expected)
    {
        var definition = new IndicatorDefinition("M", "Money") { Unit = Unit.Currency, Decimals = decimals, Money = style };
        Assert.That(Display.Figure(definition, value), Is.EqualTo(expected));
    }

    [TestCase(null, "7,374")] // no target_decimals: the figures' decimals, as before
    [TestCase(2, "7,373.55")] // the target printed as set, beside whole figures
    public void A_target_has_its_own_decimals(int? targetDecimals, string expected)
    {
        var definition = new IndicatorDefinition("T", "Target") { TargetDecimals = targetDecimals };
        Assert.Multiple(() =>
        {
            Assert.That(Display.Target(definition, 7373.55m), Is.EqualTo(expected));
            Assert.That(Display.Figure(definition, 7373.55m), Is.EqualTo("7,374"), "the figures keep theirs");
        });
    }

    [Test]
    public void Template_variables_print_the_target_with_its_decimals_and_the_figures_with_theirs()
    {
        var definition = new IndicatorDefinition("T", "Target")
        {
            TargetDecimals = 2,
            Targets = new Dictionary<Core.Periods.FinancialYear, TargetSet> { [new(2016)] = new(29494.2m, null, null) },
        };
        var result = new IndicatorResult { Definition = definition, Ytd = new Aggregate(7012m), Target = 7373.55m };
        var hash = TemplateModel.Indicator(result, Commentary.Empty, new Core.Periods.FinancialYear(2016));
        Assert.That((hash["ytd_value"], hash["target"], hash["annual_target"]), Is.EqualTo(((object)"7,012", (object)"7,373.55", (object)"29,494.20")));
    }
}
