using ReportGen.Core.Data;

namespace ReportGen.Ingest.Tests.Extracts;

/// <summary>Counting a record-level extract into months, category nodes and breakdown groups.</summary>
public sealed class RecordCountingTests
{
    private const string Crimes = """
        ref,date,borough,offence
        1,01/04/2016,Havering,Homicide
        2,15/04/2016,Redbridge,Violence with Injury
        3,30/04/2016,Havering,violence WITH injury
        4,02/05/2016,Havering,Rape
        5,31/05/2016, Havering ,Robbery
        6,12/07/2016,Redbridge,Violence without Injury

        """;

    private const string Entry = """
          - path: data/crimes.csv
            shape: records
            date_format: dd/MM/yyyy
            columns: { date: date, category: offence, breakdown: borough }
            categories:
              VIOL: { parts: [HOM, VWI, VWO] }
              HOM: Homicide
              VWI: Violence with Injury
              VWO: Violence without Injury
              SEX: [Rape, Other Sexual Offences]
              ALL: { parts: [VIOL, SEX] }
        """;

    private static readonly string[] Ids = ["VIOL", "HOM", "VWI", "VWO", "SEX", "ALL"];

    private static decimal? Value(Observation[] observations, string id, string month, string? breakdown = null) =>
        observations.SingleOrDefault(o => o.IndicatorId == id && o.Period.ToString() == month && o.Breakdown == breakdown)?.Value;

    [Test]
    public void Each_node_counts_its_own_categories_and_every_node_below_it_month_by_month()
    {
        using var project = new ExtractProject().File("data/crimes.csv", Crimes).Data(Entry);
        var (observations, _) = project.Load(Ids);
        Assert.Multiple(() =>
        {
            Assert.That(Value(observations, "HOM", "2016-04"), Is.EqualTo(1));
            Assert.That(Value(observations, "VWI", "2016-04"), Is.EqualTo(2), "categories match ignoring case");
            Assert.That(Value(observations, "VIOL", "2016-04"), Is.EqualTo(3));
            Assert.That(Value(observations, "SEX", "2016-05"), Is.EqualTo(1));
            Assert.That(Value(observations, "ALL", "2016-05"), Is.EqualTo(1), "the unmapped robbery is in no node");
            Assert.That(Value(observations, "ALL", "2016-07"), Is.EqualTo(1));
        });
    }

    [Test]
    public void A_month_with_records_gives_every_node_a_count_and_a_month_with_none_gives_no_figure()
    {
        using var project = new ExtractProject().File("data/crimes.csv", Crimes).Data(Entry);
        var (observations, _) = project.Load(Ids);
        Assert.That(Value(observations, "VIOL", "2016-05"), Is.EqualTo(0), "May has records (a rape, a robbery) but no violence: a true zero");
        Assert.That(observations.Where(o => o.Period.ToString() == "2016-06"), Is.Empty, "June has no record at all: no data, not a zero");
        Assert.That(observations.Where(o => o.Breakdown is null).Select(o => o.Period.ToString()).Distinct(), Is.EqualTo(new[] { "2016-04", "2016-05", "2016-07" }));
    }

    [Test]
    public void Breakdown_groups_are_counted_apart_and_add_up_to_the_whole()
    {
        using var project = new ExtractProject().File("data/crimes.csv", Crimes).Data(Entry);
        var (observations, _) = project.Load(Ids);
        Assert.Multiple(() =>
        {
            Assert.That(Value(observations, "VIOL", "2016-04", "Havering"), Is.EqualTo(2));
            Assert.That(Value(observations, "VIOL", "2016-04", "Redbridge"), Is.EqualTo(1));
            Assert.That(Value(observations, "VIOL", "2016-07", "Havering"), Is.EqualTo(0));
            Assert.That(observations.Select(o => o.Breakdown).Distinct(), Is.EqualTo(new[] { null, "Havering", "Redbridge" }), "' Havering ' is trimmed into Havering");
        });
        foreach (var whole in observations.Where(o => o.Breakdown is null))
        {
            var parts = observations.Where(o => o.IndicatorId == whole.IndicatorId && o.Period == whole.Period && o.Breakdown is not null).Sum(o => o.Value);
            Assert.That(parts, Is.EqualTo(whole.Value), $"{whole.IndicatorId} {whole.Period}");
        }
    }

    [Test]
    public void Records_no_node_maps_are_counted_and_reported_never_dropped_silently()
    {
        using var project = new ExtractProject().File("data/crimes.csv", Crimes + "7,01/07/2016,Havering,Violence w/o Injury\n").Data(Entry);
        var (_, problems) = project.Load(Ids);
        Assert.That(problems, Is.EqualTo(new[]
        {
            "data/crimes.csv:6:25: warning: 2 of 7 records (28.6%) have a category that no node of 'categories' maps, so they are in no count: 'Robbery' (1, first at data/crimes.csv:6), 'Violence w/o Injury' (1, first at data/crimes.csv:8); map them in reportgen.yaml if they belong in a count",
        }));
        var table = project.Count().Value!.Single();
        Assert.That((table.Rows, table.Counted, table.Unmapped, table.Uncounted), Is.EqualTo((7L, 7L, 2L, 0L)));
    }

    [Test]
    public void An_unmapped_value_close_to_a_mapped_one_is_suggested()
    {
        using var project = new ExtractProject().File("data/crimes.csv", "date,offence\n01/04/2016,Homicde\n").Data(Entry.Replace(", breakdown: borough", string.Empty, StringComparison.Ordinal));
        var (_, problems) = project.Load(Ids);
        Assert.That(problems.Single(), Does.Contain("'Homicde' (1, first at data/crimes.csv:2, did you mean 'Homicide'?)"));
    }

    [Test]
    public void Rows_with_bad_dates_are_errors_at_their_field_and_the_rest_are_still_counted()
    {
        using var project = new ExtractProject().File("data/crimes.csv", "ref,date,borough,offence\n1,31/04/2016,H,Homicide\n2,,H,Homicide\n3, 2016-04-01,H,Homicide\n4,01/04/2016,H,Homicide\n").Data(Entry);
        var (observations, problems) = project.Load(Ids);
        Assert.That(problems, Is.EqualTo(new[]
        {
            "data/crimes.csv:2:3: '31/04/2016' is not a date in the form dd/MM/yyyy; fix the row, or say bad_rows: warn in reportgen.yaml to count the rest without it",
            "data/crimes.csv:3:3: the date is blank, so the record cannot be counted in a month; fix the row, or say bad_rows: warn in reportgen.yaml to count the rest without it",
            "data/crimes.csv:4:4: '2016-04-01' is not a date in the form dd/MM/yyyy; fix the row, or say bad_rows: warn in reportgen.yaml to count the rest without it",
        }));
        Assert.That(Value(observations, "HOM", "2016-04"), Is.EqualTo(1));
    }

    [Test]
    public void Past_twenty_bad_rows_only_the_total_is_added()
    {
        var csv = "date,offence\n" + string.Concat(Enumerable.Repeat("13/13/2016,Homicide\n", 25)) + "01/04/2016,Homicide\n";
        using var project = new ExtractProject().File("data/c.csv", csv).Data(Entry.Replace("crimes.csv", "c.csv", StringComparison.Ordinal).Replace(", breakdown: borough", string.Empty, StringComparison.Ordinal) + "\n    bad_rows: warn");
        var (observations, problems) = project.Load(Ids);
        Assert.That(problems, Has.Length.EqualTo(21), string.Join("\n", problems));
        Assert.That(problems[0], Is.EqualTo("data/c.csv:2:1: warning: '13/13/2016' is not a date in the form dd/MM/yyyy; the row is not counted"));
        Assert.That(problems[^1], Is.EqualTo("data/c.csv: warning: 25 rows in all cannot be counted (25 with a bad date); only the first 20 are listed"));
        Assert.That(Value(observations, "HOM", "2016-04"), Is.EqualTo(1), "with bad_rows: warn the good rows still make a pack");
    }

    [Test]
    public void Rows_with_the_wrong_number_of_fields_or_broken_quotes_are_not_counted()
    {
        using var project = new ExtractProject().File("data/crimes.csv", "ref,date,borough,offence\n1,01/04/2016,H\n2,01/04/2016,\"H,Homicide\n3,01/04/2016,H,Homicide\n").Data(Entry);
        var (observations, problems) = project.Load(Ids);
        Assert.That(problems, Has.Length.EqualTo(2));
        Assert.That(problems[0], Does.StartWith("data/crimes.csv:2:1: this row has 3 fields but the header has 4"));
        Assert.That(problems[1], Does.StartWith("data/crimes.csv:3:14: this row's quotes are broken"));
        Assert.That(Value(observations, "HOM", "2016-04"), Is.EqualTo(1));
    }
}
