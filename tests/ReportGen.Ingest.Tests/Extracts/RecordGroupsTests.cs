using ReportGen.Ingest.Extracts;

namespace ReportGen.Ingest.Tests.Extracts;

/// <summary>Breakdown groups, shared nodes and the counts tools read without building a pack.</summary>
public sealed class RecordGroupsTests
{
    private const string Entry = """
          - path: data/crimes.csv
            shape: records
            date_format: yyyy-MM-dd
            columns: { breakdown: ward }
            categories:
              ALL: { parts: [VIOL, SHOP] }
              VIOL: { values: [Assault], parts: [ROB] }
              THEFT: { parts: [ROB, SHOP] }
              ROB: Robbery
              SHOP: Shoplifting

        """;

    private static readonly string[] Ids = ["ALL", "VIOL", "THEFT", "ROB", "SHOP"];

    [Test]
    public void A_node_may_be_part_of_two_subtotals_and_a_node_may_count_values_and_parts()
    {
        using var project = new ExtractProject().File("data/crimes.csv", "date,ward,category\n2016-04-01,A,Robbery\n2016-04-02,A,Assault\n2016-04-03,B,Shoplifting\n").Data(Entry);
        var table = project.Count().Value!.Single();
        var april = new Core.Periods.YearMonth(2016, 4);
        Assert.Multiple(() =>
        {
            Assert.That(table.Count("VIOL", april), Is.EqualTo(2), "its own Assault and its part ROB");
            Assert.That(table.Count("THEFT", april), Is.EqualTo(2), "ROB is in THEFT too");
            Assert.That(table.Count("ALL", april), Is.EqualTo(3), "every record once");
            Assert.That(table.Count("ALL", april, "A"), Is.EqualTo(2));
        });
    }

    [Test]
    public void The_count_table_gives_the_nodes_groups_and_months_for_tools()
    {
        using var project = new ExtractProject().File("data/crimes.csv", "date,ward,category\n2016-05-01,B,Robbery\n2016-04-02,A,Assault\n2016-04-03,A,Fraud\n2016-99-01,A,Fraud\n")
            .Data(Entry + "    bad_rows: warn\n");
        var result = project.Count();
        var table = result.Value!.Single();
        Assert.That(table.Categories.Select(c => c.Id), Is.EqualTo(new[] { "ALL", "VIOL", "THEFT", "ROB", "SHOP" }));
        Assert.That(table.Categories[1], Is.EqualTo(new RecordCategory("VIOL", ["Assault"], ["ROB"])).Using<RecordCategory>((a, b) => a.Id == b.Id && a.Values.SequenceEqual(b.Values) && a.Parts.SequenceEqual(b.Parts)));
        Assert.That(table.Groups, Is.EqualTo(new[] { "A", "B" }));
        Assert.That(table.Months.Select(m => m.ToString()), Is.EqualTo(new[] { "2016-04", "2016-05" }));
        Assert.That((table.Rows, table.Counted, table.Unmapped, table.Uncounted), Is.EqualTo((4L, 3L, 1L, 1L)));
        Assert.That(table.Files.Single(), Does.EndWith("/data/crimes.csv"));
        Assert.That(() => table.Count("NOPE", new Core.Periods.YearMonth(2016, 4)), Throws.ArgumentException);
    }

    [Test]
    public void Records_with_no_group_count_in_the_whole_only_with_a_warning()
    {
        using var project = new ExtractProject().File("data/crimes.csv", "date,ward,category\n2016-04-01,A,Robbery\n2016-04-02,  ,Robbery\n").Data(Entry);
        var (observations, problems) = project.Load(Ids);
        Assert.That(problems, Is.EqualTo(new[] { "reportgen.yaml:6:27: warning: 1 counted record has no 'ward'; they count in the whole but in no group" }));
        Assert.That(observations.Single(o => o.IndicatorId == "ROB" && o.Breakdown is null).Value, Is.EqualTo(2));
        Assert.That(observations.Single(o => o.IndicatorId == "ROB" && o.Breakdown == "A").Value, Is.EqualTo(1));
    }

    [Test]
    public void Groups_differing_only_in_case_are_one_group_named_as_first_written()
    {
        using var project = new ExtractProject().File("data/crimes.csv", "date,ward,category\n2016-04-01,Town Centre,Robbery\n2016-04-02,TOWN CENTRE,Robbery\n").Data(Entry);
        var (observations, _) = project.Load(Ids);
        Assert.That(observations.Single(o => o.IndicatorId == "ROB" && o.Breakdown is not null), Has.Property("Breakdown").EqualTo("Town Centre").And.Property("Value").EqualTo(2));
    }

    [Test]
    public void A_breakdown_column_with_thousands_of_values_is_an_error_not_a_breakdown()
    {
        var rows = string.Concat(Enumerable.Range(0, RecordTally.MaxGroups + 2).Select(i => $"2016-04-01,REF{i},Robbery\n"));
        using var project = new ExtractProject().File("data/crimes.csv", "date,ward,category\n" + rows).Data(Entry);
        var (_, problems) = project.Load(Ids);
        Assert.That(problems, Is.EqualTo(new[] { "reportgen.yaml:6:27: the breakdown column 'ward' has more than 5,000 different values, too many for a breakdown (is it a reference column?); name a column of groups such as borough or ward" }));
    }

    [Test]
    public void A_node_no_definition_has_is_left_out_with_a_warning_at_the_node()
    {
        using var project = new ExtractProject().File("data/crimes.csv", "date,ward,category\n2016-04-01,A,Robbery\n").Data(Entry);
        var (observations, problems) = project.Load("ALL", "VIOL", "ROB", "SHOP");
        Assert.That(problems, Is.EqualTo(new[] { "reportgen.yaml:10:7: warning: 'THEFT' is not a defined indicator, so its counts are ignored; define it under indicators/ or correct the id" }));
        Assert.That(observations.Select(o => o.IndicatorId).Distinct(), Is.EqualTo(new[] { "ALL", "VIOL", "ROB", "SHOP" }));
    }
}
