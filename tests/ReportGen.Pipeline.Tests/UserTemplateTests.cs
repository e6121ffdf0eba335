namespace ReportGen.Pipeline.Tests;

/// <summary>
/// Templates are data: an analyst copies a built-in into the project with <c>reportgen init</c>, removes a section and
/// adds a column, points the report at the copy, and the pack shows the change, with no C# written.
/// </summary>
public sealed class UserTemplateTests
{
    private const string OverviewSection = "  - orientation: landscape\n    blocks:\n";
    private const string ThemeSection = "  - orientation: landscape\n    for_each: goal\n";
    // The indicator table sits in the right column of the theme's first columns block, so its columns are indented deeper.
    private const string YtdColumn = "                    - header: YTD\n";

    private const string NewColumn =
        "                    - header: Of\n" +
        "                      value: \"{{ indicator.ytd_fraction | default: '–' }}\"\n" +
        "                      width: 1\n" +
        "                      align: right\n";

    [Test]
    public void A_copy_of_the_dashboard_without_its_overview_and_with_a_column_more_builds_and_shows_both_changes()
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("mopac");
        var (initExit, initOutput, _) = CommandLine.Run(["init", "--template", "thematic-dashboard", "--project", project]);
        Assert.That(initExit, Is.Zero, initOutput);

        var copy = Path.Combine(project, "templates", "thematic-dashboard", "template.yaml");
        var text = File.ReadAllText(copy).ReplaceLineEndings("\n");
        var overview = text.IndexOf(OverviewSection, StringComparison.Ordinal);
        var theme = text.IndexOf(ThemeSection, StringComparison.Ordinal);
        Assert.That(overview, Is.GreaterThan(0).And.LessThan(theme), "the copy has the overview section, then the theme section");
        text = text[..overview] + text[theme..];
        text = text.Replace(YtdColumn, NewColumn + YtdColumn, StringComparison.Ordinal);
        File.WriteAllText(copy, text);
        var settings = Path.Combine(project, "reportgen.yaml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("template: thematic-dashboard", "template: templates/thematic-dashboard", StringComparison.Ordinal));

        var (exit, _, error) = CommandLine.Run(["build", "--quarter", "Q1", "--year", "2021/22", "--project", project, "--out", Path.Combine(folder.Path, "out")]);

        Assert.That(exit, Is.Zero, error);
        var pages = PackText.PdfPages(Path.Combine(folder.Path, "out", "dashboard.pdf"));
        var rows = PackText.WordRows(Path.Combine(folder.Path, "out", "dashboard.docx"));
        Assert.That(string.Join("\n", pages), Does.Not.Contain("Performance at a glance"), "the removed section is gone");
        Assert.That(pages[0], Does.StartWith("Mayor's Office for Policing and Crime: A Better Policing Service 1. A Better Policing Service"));
        Assert.That(rows, Does.Contain("No. | Indicator | 2021/22 target | Of | YTD | Conf."), "the added column's header");
        Assert.That(rows.Single(r => r.StartsWith("1a | % of vulnerable victims", StringComparison.Ordinal)), Does.Match(@"\| 23% \| \d+ of \d+ \| 28% \| Green$"));
        Assert.That(rows, Does.Contain("3 | No. of women supported through Community Sentence Treatment Requirements pilot | 24 | – | 7 | Green"));
    }
}
