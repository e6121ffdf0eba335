using System.Text.Json;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// Seeded random Liquid (tags left open, loops over huge ranges, filters with absurd arguments, deep nesting, strings
/// that double, stray braces) in two of the Havering project's report settings: every build ends with a clean exit
/// code, each error is at the project file's line, never "internal error" or a stack trace, and a failed build leaves
/// the previous output as it was. The template budget keeps each run short.
/// </summary>
public sealed class LiquidFuzzTests
{
    private static readonly string[] Pieces =
    [
        "{{", "}}", "{%", "%}", "{{ period.label }}", "{{ period.label | upcase }}", "{% for i in (1..1000000000) %}x{% endfor %}",
        "{% for i in (1..100000) %}{% for j in (1..100000) %}{{ i }}{% endfor %}{% endfor %}", "{% if true %}", "{% endif %}",
        "{% endfor %}", "{% assign s = 'ab' %}", "{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s }}",
        "{{ 1 | divided_by: 0 }}", "{{ 99999999999999999999999999999 | times: 99999999999999999999 }}", "{{ 'x' | slice: -99999999, 99999999 }}",
        "{{ 'x' | truncate: -5 }}", "{{ nope }}", "{{ period.nope }}", "{{ 'x' | nofilter }}", "{% capture c %}", "{% endcapture %}",
        "{% raw %}", "{% endraw %}", "{% comment %}", "{% endcomment %}", "{{ 'a' | split: '' | size }}", "{% include 'x' %}",
        "{%- if 1 > 0 -%}y{%- endif -%}", "{{{{", "}}}}", "{% case 1 %}{% when 1 %}one{% endcase %}", "{% cycle 'a' %}",
        "{{ '<script>alert(1)</script>' }}", "[x](javascript:alert(1))", "\u00e9\U0001F600", "{% tablerow i in (1..3) %}{{ i }}{% endtablerow %}",
    ];

    [Test]
    public void Random_liquid_in_settings_is_a_problem_at_its_line_or_a_build_never_a_crash()
    {
        using var folder = new TempFolder();
        var good = folder.CopyOf("havering");
        Assert.That(CommandLine.Run(["build", "--quarter", "Q3", "--project", good]).ExitCode, Is.Zero);
        var random = new Random(20170117);
        var outcomes = new int[3];
        for (var i = 0; i < 30; i++)
        {
            var project = Path.Combine(folder.Path, $"run-{i}");
            BadInputCase.CopyFolder(good, project);
            Directory.CreateDirectory(Path.Combine(project, "out"));
            foreach (var built in Directory.EnumerateFiles(Path.Combine(good, "out")))
            {
                File.Copy(built, Path.Combine(project, "out", Path.GetFileName(built)), overwrite: true);
            }

            var nesting = random.Next(6) == 0 ? random.Next(50, 300) : 0;
            var texts = Enumerable.Range(0, 2).Select(_ =>
                string.Concat(Enumerable.Repeat("{% if true %}", nesting))
                + string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => Pieces[random.Next(Pieces.Length)]))
                + string.Concat(Enumerable.Repeat("{% endif %}", nesting))).ToList();
            var file = Path.Combine(project, "reportgen.yaml");
            var yaml = File.ReadAllText(file)
                .Replace("subject: \"Corporate Performance Report: {{ period.label }}\"", $"subject: {JsonSerializer.Serialize(texts[0])}", StringComparison.Ordinal)
                .Replace("policy_context: \"The report sets out {{ period.label }} performance for indicators relevant to the sub-committee\"", $"policy_context: {JsonSerializer.Serialize(texts[1])}", StringComparison.Ordinal);
            File.WriteAllText(file, yaml);
            var before = FolderSnapshot.Of(Path.Combine(project, "out"));

            var (code, _, error) = CommandLine.Run(["build", "--quarter", "Q3", "--project", project]);

            var replay = $"try {i}: {texts[0]} || {texts[1]}\n{error}";
            Assert.That(error, Does.Not.Contain("internal error").And.Not.Contain("   at "), replay);
            Assert.That(code, Is.InRange(0, 1), replay);
            outcomes[code]++;
            if (code == 1)
            {
                var errors = error.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal) || (l.Contains(": ", StringComparison.Ordinal) && !l.Contains("warning", StringComparison.Ordinal) && !l.StartsWith("reportgen: nothing written", StringComparison.Ordinal) && l.Length > 0)).ToList();
                Assert.That(errors, Is.Not.Empty, replay);
                Assert.That(errors, Has.All.Match(@"reportgen\.yaml:[0-9]+(:[0-9]+)?: "), $"each error at the setting's line; {replay}");
                Assert.That(FolderSnapshot.Of(Path.Combine(project, "out")).ChangesSince(before), Is.Empty, replay);
            }

            Directory.Delete(project, recursive: true);
        }

        Assert.That(outcomes[0], Is.Positive, "some random Liquid still builds");
        Assert.That(outcomes[1], Is.Positive, "some is refused");
    }
}
