using ReportGen.Composition.Charts;
using ReportGen.Composition.Templates;
using ReportGen.Core.Indicators;
using ReportGen.Ingest.Tests;
using ReportGen.Ingest.Text;

namespace ReportGen.Composition.Tests.Templates;

/// <summary>The <c>chart</c> block of a template: what it reads, and the line a mistake is reported at.</summary>
public sealed class ChartReaderTests
{
    static (ChartTemplate? Chart, string[] Problems) Read(string chart)
    {
        var text = "document: { title: T }\nsections:\n  - orientation: portrait\n    blocks:\n      - chart:\n"
            + string.Join("\n", chart.Trim().Split('\n').Select(line => "          " + line)) + "\n";
        var problems = new ProblemList();
        var template = TemplateReader.Read(text, "template.yaml", "t", problems);
        return (template?.Sections.Single().Blocks.OfType<ChartTemplate>().SingleOrDefault(), Problems.Lines(problems.All));
    }

    [Test]
    public void The_example_in_the_template_reference_is_read_without_a_problem()
    {
        var docs = File.ReadAllText(Path.Join(Repository.Root, "docs", "templates.md"));
        const string Start = "```yaml\n- chart:\n";
        var example = docs[(docs.IndexOf(Start, StringComparison.Ordinal) + Start.Length)..];
        example = example[..example.IndexOf("```", StringComparison.Ordinal)];

        var (chart, problems) = Read(string.Join("\n", example.Split('\n').Select(line => line.Length > 4 ? line[4..] : line)));

        Assert.That(problems, Is.Empty);
        Assert.That((chart!.Kind, chart.Indicator, chart.AxisTitle), Is.EqualTo((ChartTemplateKind.ThisYearVsLastYear, "CSP1", "Offences")));
    }

    [Test]
    public void A_chart_of_one_indicator_reads_every_setting()
    {
        var (chart, problems) = Read("""
            kind: this-year-vs-last-year
            indicator: "{{ indicator.id }}"
            title: "{{ indicator.title }}"
            axis_title: Offences
            height: 6cm
            width: 50%
            """);

        Assert.That(problems, Is.Empty);
        Assert.That(chart!.Kind, Is.EqualTo(ChartTemplateKind.ThisYearVsLastYear));
        Assert.That((chart.Indicator, chart.Title, chart.AxisTitle), Is.EqualTo(("{{ indicator.id }}", "{{ indicator.title }}", "Offences")));
        Assert.That(chart.Size.Height, Is.EqualTo(6 * 72 / 2.54).Within(1e-9));
        Assert.That(chart.Size.WidthFraction, Is.EqualTo(0.5));
        Assert.That(chart.Location.Line, Is.EqualTo(5));
    }

    [Test]
    public void A_chart_for_each_indicator_of_some_units()
    {
        var (chart, problems) = Read("kind: bars\nindicators: all\nunits: [count, currency]\nperiods: 24");

        Assert.That(problems, Is.Empty);
        Assert.That(chart!.Indicators, Is.EqualTo(new[] { "all" }));
        Assert.That(chart.Units, Is.EqualTo(new[] { Unit.Count, Unit.Currency }));
        Assert.That(chart.Periods, Is.EqualTo(24));
    }

    [Test]
    public void An_spc_chart_may_ask_for_near_limits()
    {
        var (chart, _) = Read("kind: spc\nindicator: CSP1\nnear_limits: true");

        Assert.That(chart!.NearLimits, Is.True);
    }

    [Test]
    public void Rag_counts_need_no_indicator()
    {
        var (chart, problems) = Read("kind: rag-counts\nheight: 60mm");

        Assert.That(problems, Is.Empty);
        Assert.That(chart!.Size.Height, Is.EqualTo(60 * 72 / 25.4).Within(1e-9));
    }

    // Each mistake is reported at the line it is on, with what to write instead.
    [TestCase("kind: pie\nindicator: CSP1", "template.yaml:6:17: 'kind' is 'pie'; write")]
    [TestCase("indicator: CSP1", "template.yaml:6:11: 'kind' is missing; write one of this-year-vs-last-year, spc, bars, rag-counts")]
    [TestCase("kind: spc", "template.yaml:5:9: say which indicator the chart draws")]
    [TestCase("kind: spc\nindicator: A\nindicators: [B]", "template.yaml:8:23: a chart takes 'indicator' (one) or 'indicators' (a chart each), not both")]
    [TestCase("kind: spc\nindicator: A\nheight: 6", "template.yaml:8:19: 'height' is '6'; write a length such as 6cm")]
    [TestCase("kind: spc\nindicator: A\nheight: 40cm", "template.yaml:8:19: 'height' is '40cm'; a chart is from 3cm to 25cm tall")]
    [TestCase("kind: spc\nindicator: A\nwidth: 150%", "template.yaml:8:18: 'width' is '150%'; write a share of the text width")]
    [TestCase("kind: spc\nindicator: A\nunits: [counts]", "template.yaml:8:19: an entry of 'units' is 'counts'; write")]
    [TestCase("kind: spc\nindicator: A\ntitel: x", "template.yaml:8:11: 'titel' is not a key of 'chart'; did you mean 'title'?")]
    public void Mistakes_are_reported_where_they_are(string chart, string expected)
    {
        var (_, problems) = Read(chart);

        Assert.That(problems, Has.Some.StartsWith(expected));
    }
}
