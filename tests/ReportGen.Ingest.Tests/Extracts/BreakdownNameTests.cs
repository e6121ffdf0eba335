namespace ReportGen.Ingest.Tests.Extracts;

/// <summary>
/// Each group's observation carries the name of its breakdown, the data's column that holds it, so that
/// <c>reportgen build --for-each borough</c> can find a breakdown's groups among every data file's: a record-level
/// extract's and a wide table's <c>columns: { breakdown: … }</c>, a measures CSV's <c>breakdown</c>; the whole none.
/// </summary>
public sealed class BreakdownNameTests
{
    [Test]
    public void Every_shape_names_its_groups_breakdown_after_the_column_and_the_whole_has_none()
    {
        using var project = new ExtractProject()
            .File("data/crimes.csv", "ref,when,Borough,what\n1,03/10/2016,Havering,Arson\n2,04/10/2016,Redbridge,Arson\n3,05/10/2016,,Arson\n")
            .File("data/wide.csv", "Ward,Year,Apr,May\nGooshays,2016/17,5,6\n")
            .File("data/measures.csv", "indicator,period,breakdown,value\nM,2016-04,White,4\nM,2016-04,,9\n")
            .Data("""
                  - path: data/crimes.csv
                    shape: records
                    date_format: dd/MM/yyyy
                    columns: { date: when, category: what, breakdown: " Borough " }
                    categories: { A: Arson }
                    bad_rows: warn
                  - path: data/wide.csv
                    shape: wide
                    indicator: W
                    columns: { breakdown: Ward, year: Year }
                  - data/measures.csv
                """);
        var (observations, _) = project.Load("A", "W", "M");
        var names = observations.Where(o => o.HasFigure)
            .Select(o => (o.IndicatorId, Group: o.Breakdown ?? "(whole)", Name: o.BreakdownName ?? "(none)"))
            .Distinct()
            .Order()
            .ToList();
        Assert.That(names, Is.EqualTo(new[]
        {
            ("A", "(whole)", "(none)"),
            ("A", "Havering", "Borough"),
            ("A", "Redbridge", "Borough"),
            ("M", "(whole)", "(none)"),
            ("M", "White", "breakdown"),
            ("W", "Gooshays", "Ward"),
        }));
    }

    [Test]
    public void A_measures_csv_may_name_its_breakdown_column_and_so_its_breakdown()
    {
        using var project = new ExtractProject()
            .File("data/targets.csv", "indicator,period,Borough,value,target\nM,2016/17 Q3,Havering,,900\nM,2016/17 Q3,,12,\n")
            .Data("  - { path: data/targets.csv, columns: { breakdown: borough } }\n");
        var (observations, problems) = project.Load("M");
        Assert.That(problems, Is.Empty);
        Assert.That(observations.Select(o => (o.Breakdown, o.BreakdownName, o.Target)), Is.EquivalentTo(new (string?, string?, decimal?)[]
        {
            ("Havering", "borough", 900m),
            (null, null, null),
        }));
    }

    [Test]
    public void A_named_breakdown_column_the_header_has_not_is_an_error_at_the_header()
    {
        using var project = new ExtractProject()
            .File("data/m.csv", "indicator,period,breakdown,value\nM,2016-04,White,4\n")
            .Data("  - { path: data/m.csv, columns: { breakdown: ward } }\n");
        Assert.That(project.Load("M").Problems, Is.EqualTo(new[]
        {
            "data/m.csv:1:1: the header has no 'ward' column, which 'columns: { breakdown: … }' names; the columns found are 'indicator', 'period', 'breakdown', 'value'",
        }));
    }

    [Test]
    public void A_measures_csv_names_only_its_breakdown_column()
    {
        using var project = new ExtractProject()
            .File("data/m.csv", "indicator,period,value\nM,2016-04,4\n")
            .Data("  - { path: data/m.csv, columns: { breakdown: ward, year: y } }\n");
        Assert.That(project.ProjectProblems().Single(), Does.Contain("'year' is not a key of 'columns' of a measures CSV"));
    }
}
