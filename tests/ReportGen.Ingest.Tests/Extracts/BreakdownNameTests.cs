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
}
