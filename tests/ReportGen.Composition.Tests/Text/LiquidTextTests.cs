using ReportGen.Composition.Narrative;
using ReportGen.Composition.Templates;
using ReportGen.Composition.Text;
using ReportGen.Core.Diagnostics;
using static ReportGen.Composition.Tests.Composition.Fixtures;

namespace ReportGen.Composition.Tests.Text;

/// <summary>
/// Liquid texts are strict (an unknown variable, member or filter is an error at the text's own place, with a
/// suggestion), reach only the allow-listed model, and spend from one budget for the whole build.
/// </summary>
public sealed class LiquidTextTests
{
    private const string Slow = "{% for i in (1..100000) %}{% for j in (1..100000) %}{% endfor %}{% endfor %}";

    private static (string Text, IReadOnlyList<Problem> Problems) Compose(string liquid, CompositionInput? input = null)
    {
        var (document, problems) = DocumentComposer.Compose(Template(new MarkdownTemplate(Here, liquid)), input ?? Input());
        return (TextOf(document.Sections.SelectMany(s => s.Blocks)), problems);
    }

    private static string[] Errors(IReadOnlyList<Problem> problems) =>
        [.. problems.Where(p => p.Severity == Severity.Error).Select(p => p.ToString())];

    [Test]
    public void A_known_variable_renders()
    {
        var (text, problems) = Compose("As at {{ period.label }}, {{ summary.total }} indicators");

        Assert.That(text, Is.EqualTo("As at Quarter 3 (2016/17), 3 indicators"));
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void An_unknown_member_is_an_error_at_the_text_with_the_place_inside_it_and_a_suggestion()
    {
        var (text, problems) = Compose("As at\n{{ period.lable }}");

        Assert.That(Errors(problems), Is.EqualTo(new[]
        {
            "template.yaml:1:1: unknown member 'period.lable' (line 2, column 4 of the text); did you mean 'period.label'? (docs/templates.md lists the variables)",
        }));
        Assert.That(text, Is.Empty, "a text that fails renders empty");
    }

    [Test]
    public void An_unknown_variable_is_an_error_with_a_suggestion()
    {
        var (_, problems) = Compose("{{ summry.total }}");

        Assert.That(Errors(problems), Has.Length.EqualTo(1));
        Assert.That(Errors(problems)[0], Does.StartWith("template.yaml:1:1: unknown variable 'summry' (line 1, column 4 of the text); did you mean 'summary'?"));
    }

    [Test]
    public void An_unknown_variable_with_no_close_name_lists_the_variables_there_are()
    {
        var (_, problems) = Compose("{{ widget.title }}");

        Assert.That(Errors(problems)[0], Does.StartWith("template.yaml:1:1: unknown variable 'widget' (line 1, column 4 of the text); the variables here are "));
        Assert.That(Errors(problems)[0], Does.Contain("'period'").And.Contain("'summary'").And.Contain("'settings'"));
    }

    [Test]
    public void An_unknown_filter_is_an_error_with_a_suggestion()
    {
        var (_, problems) = Compose("{{ period.label | upcse }}");

        Assert.That(Errors(problems), Is.EqualTo(new[] { "template.yaml:1:1: unknown filter 'upcse' (line 1, column 19 of the text); did you mean 'upcase'?" }));
    }

    [Test]
    public void A_syntax_error_says_where_in_the_text()
    {
        var (_, problems) = Compose("{{ period.label ");

        Assert.That(Errors(problems), Is.EqualTo(new[] { "template.yaml:1:1: Liquid syntax error: End of tag '}}' was expected, at line 1, column 16 of the text" }));
    }

    [Test]
    public void A_setting_s_error_is_at_the_setting_s_own_line_once()
    {
        var input = Input(settings: new Dictionary<string, object?> { ["committee"] = "Crime", ["subject"] = "Report: {{ period.lable }}" }) with
        {
            SettingsLocation = new SourceLocation("reportgen.yaml", 9, 5),
            SettingLocations = new Dictionary<string, SourceLocation> { ["subject"] = new("reportgen.yaml", 14, 16) },
        };

        var (_, problems) = Compose("{{ settings.subject }}", input);

        Assert.That(Errors(problems), Is.EqualTo(new[]
        {
            "reportgen.yaml:14:16: unknown member 'period.lable' (line 1, column 12 of the text); did you mean 'period.label'? (docs/templates.md lists the variables)",
        }));
    }

    [Test]
    public void A_commentary_section_s_error_is_at_the_section_in_the_commentary_file()
    {
        var section = new NarrativeSection("overview", "Overview", "Crime fell in {{ period.shrt }}.", new SourceLocation("commentary/2016-17-Q3.md", 7, 1));
        var commentary = new Commentary(new Dictionary<string, IndicatorCommentary>(StringComparer.Ordinal), new Dictionary<string, NarrativeSection>(StringComparer.Ordinal) { ["overview"] = section });

        var (_, problems) = DocumentComposer.Compose(Template(new NarrativeTemplate(Here, "overview", null, 3, null)), Input(commentary: commentary));

        Assert.That(Errors(problems), Has.Length.EqualTo(1));
        Assert.That(Errors(problems)[0], Does.StartWith("commentary/2016-17-Q3.md:7:1: unknown member 'period.shrt'").And.Contain("did you mean 'period.short'?"));
    }

    [Test]
    public void Names_the_user_chooses_are_open_a_setting_not_given_is_empty()
    {
        var (text, problems) = Compose("Overview of {{ settings.area | default: 'the' }} indicators{% if settings.area %} for {{ settings.area }}{% endif %}");

        Assert.That(text, Is.EqualTo("Overview of the indicators"));
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void A_public_property_of_the_objects_behind_the_model_is_not_reachable()
    {
        var problems = new List<Problem>();
        var liquid = new LiquidText(problems);
        var globals = LiquidMap.Of(new Dictionary<string, object?> { ["indicator"] = TemplateModel.Indicator(Tno(), Commentary.Empty) });

        var texts = new[] { "{{ indicator.Definition.Id }}", "{{ indicator.GetType }}", "{{ indicator.title.GetType.Assembly }}x" }
            .Select(t => liquid.Render(t, globals, Here)).ToList();

        Assert.That(texts, Is.EqualTo(new[] { string.Empty, string.Empty, "x" }), "a member of a text is nothing, never the .NET object's");
        Assert.That(problems.Select(p => p.Message), Is.EqualTo(new[]
        {
            "unknown member 'indicator.Definition' (line 1, column 4 of the text) (docs/templates.md lists the variables)",
            "unknown member 'indicator.GetType' (line 1, column 4 of the text) (docs/templates.md lists the variables)",
        }));
        Assert.That(liquid.Render("{{ indicator.title }}", globals, Here), Is.EqualTo(Tno().Definition.Title));
    }

    [Test]
    public void The_model_refuses_any_object_that_is_not_on_the_allow_list()
    {
        Assert.That(() => new LiquidMap { ["result"] = Tno() }, Throws.ArgumentException.With.Message.Contains("is not a value templates may see"));
    }

    [Test]
    public void A_string_doubled_forty_times_runs_out_of_the_character_budget_without_using_the_memory()
    {
        var budget = new TemplateBudget(characters: 1_000_000);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var (text, problems) = Compose("{% assign s = \"x\" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s.size }}", Input() with { TemplateBudget = budget });

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.That(Errors(problems), Is.EqualTo(new[] { "template.yaml:1:1: the template budget of 1,000,000 characters for the whole build ran out in this text; does it build a text too long?" }));
        Assert.That(text, Is.Empty);
        Assert.That(allocated, Is.LessThan(200_000_000), "2^40 characters would be two terabytes");
        Assert.That(budget.Exhausted, Is.True);
    }

    [Test]
    public void A_range_of_a_billion_fails_at_once_with_the_file_named()
    {
        var (_, problems) = Compose("{% for i in (1..1000000000) %}{{ i }}{% endfor %}");

        Assert.That(Errors(problems), Is.EqualTo(new[] { "template.yaml:1:1: the template budget of 100,000 items in one list ran out in this text; is a range such as (1..n) too long?" }));
    }

    [Test]
    public void Twelve_slow_settings_share_one_budget_the_first_runs_out_and_the_rest_are_not_rendered()
    {
        var budget = new TemplateBudget(steps: 300_000);
        var settings = Enumerable.Range(1, 12).ToDictionary(i => $"slow{i}", i => (object?)Slow);
        var input = Input(settings: settings) with
        {
            TemplateBudget = budget,
            SettingLocations = Enumerable.Range(1, 12).ToDictionary(i => $"slow{i}", i => new SourceLocation("reportgen.yaml", 10 + i, 9)),
        };

        var (_, problems) = Compose("{{ settings.slow12 }}", input);

        Assert.That(Errors(problems), Is.EqualTo(new[] { "reportgen.yaml:11:9: the template budget of 300,000 steps for the whole build ran out in this text; does a loop run too long?" }));
        Assert.That(budget.StepsUsed, Is.EqualTo(300_000));
        Assert.That(budget.Exhausted, Is.True);
    }

    [Test]
    public void The_budget_is_shared_by_every_report_of_a_build()
    {
        const string text = "{% for i in (1..1000) %}{{ i }}{% endfor %}";
        var alone = new TemplateBudget();
        Compose(text, Input() with { TemplateBudget = alone });
        var shared = new TemplateBudget(steps: alone.StepsUsed + (alone.StepsUsed / 2));

        var first = Compose(text, Input() with { TemplateBudget = shared });
        var second = Compose(text, Input() with { TemplateBudget = shared });

        Assert.That(first.Problems, Is.Empty);
        Assert.That(first.Text, Does.StartWith("12345"));
        Assert.That(Errors(second.Problems), Has.Length.EqualTo(1).And.Some.Contains("steps for the whole build ran out"), "the second report has only half of one report's steps left");
        Assert.That(shared.CharactersUsed, Is.GreaterThanOrEqualTo(alone.CharactersUsed));
    }

    [Test]
    public void The_time_budget_stops_a_long_text()
    {
        var budget = new TemplateBudget(steps: int.MaxValue, time: TimeSpan.FromMilliseconds(200));

        var (_, problems) = Compose(Slow, Input() with { TemplateBudget = budget });

        Assert.That(Errors(problems), Is.EqualTo(new[] { "template.yaml:1:1: the template budget of 0.2 seconds for the whole build ran out in this text" }));
        Assert.That(budget.Exhausted, Is.True);
    }
}

/// <summary>Hostile texts give problems, never an exception out of the renderer.</summary>
public sealed class LiquidTextHostileTests
{
    [TestCase("{{ 1 | divided_by: 0 }}")]
    [TestCase("{{ 'x' | slice: 99999999999 }}")]
    [TestCase("{{ 'x' | truncate: -5 }}")]
    [TestCase("{% include 'secrets' %}")]
    [TestCase("{% render 'secrets' %}")]
    [TestCase("{{ 'x' | date: '%Y' }}")]
    [TestCase("{{ 'x' | times: 'y' }}")]
    [TestCase("{% for i in (1..3) %}{% break %}{% endfor %}{% cycle 'a', 'b' %}")]
    [TestCase("{{ period | json }}")]
    [TestCase("{{ 99999999999999999999999999999 | times: 99999999999999999 }}")]
    [TestCase("{{ 'x' | repeat: 2000000000 }}")]
    [TestCase("{{ '%s' | format: period }}")]
    [TestCase("{% liquid echo period.label %}")]
    public void A_hostile_text_never_throws(string text)
    {
        var problems = new List<Problem>();
        var globals = LiquidMap.Of(new Dictionary<string, object?> { ["period"] = LiquidMap.Of(new Dictionary<string, object?> { ["label"] = "Q3" }) });

        Assert.That(() => new LiquidText(problems).Render(text, globals, Here), Throws.Nothing);
        Assert.That(problems.Select(p => p.Location), Is.All.EqualTo(Here));
    }

    [TestCase("{{ 1 | divided_by: 0 }}", "template.yaml:1:1: the template text could not be rendered: divided by 0")]
    [TestCase("{% include 'secrets' %}", "template.yaml:1:1: a template text cannot read other files: {% include %} and {% render %} are not available; write the text in place")]
    [TestCase("{% render 'secrets' %}", "template.yaml:1:1: a template text cannot read other files: {% include %} and {% render %} are not available; write the text in place")]
    public void A_text_the_engine_cannot_render_is_a_problem_at_the_text(string text, string expected)
    {
        var problems = new List<Problem>();

        var rendered = new LiquidText(problems).Render(text, new LiquidMap(), Here);

        Assert.That(rendered, Is.Empty);
        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[] { expected }));
    }
}
