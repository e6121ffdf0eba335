using ReportGen.Composition.Registers;
using ReportGen.Core.Periods;
using ReportGen.Ingest;
using ReportGen.Ingest.Tests;

namespace ReportGen.Composition.Tests.Registers;

/// <summary>
/// The dashboard's registers (docs/dashboard-inputs.md): named in reportgen.yaml, read for the reported quarter, each
/// field checked by its column's type with a problem at path:line:column.
/// </summary>
public sealed class RegisterLoaderTests
{
    private static readonly Period Q1 = Period.ForQuarter(new FinancialYear(2021), 1);

    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = new TempFolder();
        _folder.Write("data/measures.csv", "indicator,period,value\nX,2021/22 Q1,1\n");
        _folder.Write("indicators/x.yaml", "id: X\ntitle: X\ngoal: justice\n");
    }

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private (ReportGen.Composition.Registers.Registers? Registers, string[] Problems) Load(string name, string csv)
    {
        _folder.Write($"registers/{name}.csv", csv);
        _folder.Write("reportgen.yaml", $"title: T\ndata: [data/measures.csv]\nregisters:\n  {name}: registers/{name}.csv\nreports: [{{ id: r, template: thematic-dashboard }}]\n");
        var project = ProjectLoader.Load(_folder.Path);
        Assert.That(Problems.Lines(project.Problems, _folder.Path), Is.Empty);
        var result = RegisterLoader.Load(project.Value!, Q1, ["justice", "women"]);
        return (result.Value, Problems.Lines(result.Problems, _folder.Path));
    }

    [Test]
    public void Risks_for_the_quarter_are_read_in_order_with_their_words_made_canonical()
    {
        var (registers, problems) = Load("risks", """
            theme,period,ref,risk,score,trend,explanation
            justice,2021/22 Q1,1,Court delays,12,↑,Backlogs grew
            justice,2020/21 Q4,1,Court delays,9,same,An earlier quarter: left out
            women,2021/22 Q1,2,"Demand, rising",6,Falling,
            """);

        Assert.That(problems, Is.Empty);
        var rows = registers!.Rows("risks", null);
        Assert.That(rows.Select(r => (r.Theme, r.Fields["risk"].Text, r.Fields["score"].Number, r.Fields["trend"].Text)), Is.EqualTo(new[]
        {
            ("justice", "Court delays", (decimal?)12m, "up"),
            ("women", "Demand, rising", 6m, "down"),
        }));
        Assert.That(registers.Rows("risks", "women").Single().Location.ToString(), Does.EndWith("registers/risks.csv:4:1"));
    }

    [Test]
    public void Finance_reads_pounds_as_written_and_derives_the_variance()
    {
        var (registers, problems) = Load("finance", """
            theme,period,line,budget,forecast,spend
            justice,2021/22 Q1,Victims,£17.4m,"17,500,000",£250k
            """);

        Assert.That(problems, Is.Empty);
        var fields = registers!.Rows("finance", null).Single().Fields;
        Assert.That(new[] { "budget", "forecast", "spend", "variance" }.Select(f => fields[f].Number), Is.EqualTo(new decimal?[] { 17_400_000m, 17_500_000m, 250_000m, 100_000m }));
        Assert.That(fields["variance"].Kind, Is.EqualTo(RegisterValueKind.Money));
    }

    // Each field is checked by its column's type; the message says what would be right.
    [TestCase("risks", "theme,risk,score\njustice,R,30", "registers/risks.csv:2:11: the score '30' is not a whole number from 1 to 25; write likelihood × impact, such as 12")]
    [TestCase("issues", "theme,issue,rating\njustice,I,Severe", "registers/issues.csv:2:11: 'Severe' is not a rating; write H, M or L (High, Medium, Low)")]
    [TestCase("milestones", "theme,milestone,baseline,confidence\njustice,M,Q5,G", "registers/milestones.csv:2:11: 'Q5' is not a quarter; write Q1 to Q4, with the year if it is not this one (Q4 20/21)")]
    [TestCase("milestones", "theme,milestone,confidence\njustice,M,Done", "registers/milestones.csv:2:11: 'Done' is not a confidence; write G, A, R or CG (complete)")]
    [TestCase("finance", "theme,line,budget,forecast\njustice,L,lots,1", "registers/finance.csv:2:11: 'lots' is not an amount; write pounds such as 17400000, £17.4m or £250k")]
    [TestCase("risks", "theme,risk,score\njustice,,3", "registers/risks.csv:2:9: the risk is blank; every row needs one")]
    [TestCase("risks", "theme,period,risk,score\njustice,Q1,R,3", "registers/risks.csv:2:9: 'Q1' is not a period; expected 2016-10 (a month), 2016/17 Q3 (a quarter) or 2016/17 (a financial year)")] // a quarter needs its year
    public void A_bad_field_is_an_error_at_its_line_and_column(string name, string csv, string expected) =>
        Assert.That(Load(name, csv).Problems, Does.Contain(expected));

    [Test]
    public void A_missing_required_column_is_an_error_at_the_header_listing_what_was_found()
    {
        var (_, problems) = Load("milestones", "theme,milestone,conf\njustice,M,G\n");

        Assert.That(problems, Is.EqualTo(new[]
        {
            "registers/milestones.csv:1:1: the header has no confidence column; the columns found are 'theme', 'milestone', 'conf'; the milestones register has theme, period, ref, milestone, baseline, forecast, confidence",
        }));
    }

    [Test]
    public void Unknown_columns_unknown_themes_and_a_quarter_without_rows_are_warnings()
    {
        var (_, problems) = Load("issues", "theme,period,issue,rating,trnd\njustise,2021/22 Q1,I,H,up\n");
        var (_, none) = Load("issues", "theme,period,issue,rating\njustice,2020/21 Q4,I,H\n");

        Assert.That(problems, Is.EqualTo(new[]
        {
            "registers/issues.csv:1:1: warning: the column 'trnd' (did you mean 'trend'?) is not read; the columns of the issues register are theme, period, ref, issue, rating, trend, explanation",
            "registers/issues.csv:2:1: warning: the theme 'justise' is no goal of the reports' indicators or settings, so its 1 row is shown nowhere; did you mean 'justice'?; the goals are justice, women",
        }));
        Assert.That(none, Is.EqualTo(new[] { "registers/issues.csv: warning: the issues register has no rows for 2021/22 Q1, so the pack shows none; give its rows period 2021/22 Q1" }));
    }

    [Test]
    public void The_project_file_names_registers_by_their_kind_and_checks_the_paths()
    {
        _folder.Write("reportgen.yaml", "title: T\ndata: [data/measures.csv]\nregisters:\n  risk: registers/risks.csv\n  issues: registers/none.csv\nreports: [{ id: r, template: thematic-dashboard }]\n");

        var problems = Problems.Lines(ProjectLoader.Load(_folder.Path).Problems, _folder.Path);

        Assert.That(problems, Is.EqualTo(new[]
        {
            "reportgen.yaml:4:3: 'risk' is not a key of 'registers'; did you mean 'risks'?",
            "reportgen.yaml:5:11: 'registers/none.csv' does not exist; check the path, which is relative to the project folder",
        }));
    }
}
