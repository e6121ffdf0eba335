using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReportGen.Ingest.Extracts;

namespace ReportGen.Ingest.Tests.Extracts;

/// <summary>
/// A large extract is counted on several threads (<see cref="ParallelRecordCount"/>): one reads and hashes the file,
/// the others count blocks of whole lines. Each file here is counted both ways, on several threads and on one, and
/// the two must agree on every count, every group's spelling, every problem and the file's SHA-256; a file with
/// anything to report is counted on one thread, so every problem keeps its path:line:column.
/// </summary>
[NonParallelizable]
public sealed class ParallelCountingTests
{
    private const string Entry = """
          - path: data/crimes.csv
            shape: records
            date_format: dd/MM/yyyy
            columns: { date: recorded_date, category: offence, breakdown: borough }
            bad_rows: warn
            categories:
              ALL: { parts: [VIOL, THEFT] }
              VIOL: [Violence with Injury, Violence without Injury]
              THEFT: { parts: [SHOP, BIKE] }
              SHOP: Shoplifting
              BIKE: Bicycle Theft

        """;

    private static readonly string[] Offences = ["Violence with Injury", "Violence without Injury", "Shoplifting", "Bicycle Theft", "  shoplifting "];

    [TearDown]
    public void RestoreThreshold() => ParallelRecordCount.MinimumBytes = ParallelRecordCount.DefaultMinimumBytes;

    [Test]
    public void A_clean_extract_counts_on_several_threads_exactly_as_on_one()
    {
        // 60,000 rows (about 2.5 MB, ten blocks): boroughs spelt several ways, some first met late in the file, blank
        // boroughs, and CRLF line ends with no line end after the last row.
        var rows = Rows(60_000, i => i switch
        {
            < 100 => "Havering",
            _ when i % 97 == 0 => string.Empty,
            _ when i % 1000 == 1 => "HAVERING",
            _ when i > 41_000 && i % 7 == 0 => "BARKING and Dagenham",
            _ when i > 45_000 && i % 11 == 0 => "Barking and Dagenham",
            _ => $"Borough {i % 13:D2}",
        });
        using var project = Write(rows, "\r\n", finalLineEnd: false);
        var (parallel, sequential) = CountBothWays(project);

        Assert.That(parallel.InParallel, Is.EqualTo(1), "the file is counted on several threads");
        Assert.That(sequential.InParallel, Is.EqualTo(0));
        Assert.That(parallel.Text, Is.EqualTo(sequential.Text));
        Assert.That(parallel.Text, Does.Contain("rows 60000 counted 60000"));
        Assert.That(parallel.Text, Does.Contain("groups: BARKING and Dagenham|Borough 00"), "the spelling met first is kept");
        Assert.That(parallel.Problems, Is.EqualTo(sequential.Problems));
        Assert.That(parallel.Problems.Single(), Does.Contain("counted records have no 'borough'"), "the blank boroughs, as on one thread");
        Assert.That(parallel.Sha256, Is.EqualTo(sequential.Sha256));
        Assert.That(parallel.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Join(project.Root, "data", "crimes.csv"))))));
    }

    [Test]
    public void A_bad_date_deep_in_the_file_is_reported_at_its_line_and_column()
    {
        var rows = Rows(50_000, i => $"Borough {i % 5}");
        rows[43_210] = "CR0043210,37/05/2016 10:00,Borough 0,Shoplifting";
        using var project = Write(rows, "\n", finalLineEnd: true);
        var (parallel, sequential) = CountBothWays(project);

        Assert.That(parallel.InParallel, Is.EqualTo(0), "a file with a problem is counted on one thread");
        Assert.That(parallel.Text, Is.EqualTo(sequential.Text));
        Assert.That(parallel.Problems, Is.EqualTo(sequential.Problems));
        Assert.That(parallel.Problems, Has.Some.StartsWith("data/crimes.csv:43212:11: ").And.Contains("is not a date in the form dd/MM/yyyy"));
        Assert.That(parallel.Sha256, Is.EqualTo(sequential.Sha256));
    }

    [Test]
    public void An_unmapped_category_and_broken_quotes_are_reported_as_on_one_thread()
    {
        var rows = Rows(50_000, i => $"Borough {i % 5}");
        rows[30_001] = "CR0030001,01/05/2016,Borough 1,Shopliftin";
        rows[47_000] = "CR47000,01/05/2016,\"Borough\n1,Shoplifting";
        using var project = Write(rows, "\n", finalLineEnd: true);
        var (parallel, sequential) = CountBothWays(project);

        Assert.That(parallel.InParallel, Is.EqualTo(0));
        Assert.That(parallel.Text, Is.EqualTo(sequential.Text));
        Assert.That(parallel.Problems, Is.EqualTo(sequential.Problems));
        Assert.That(parallel.Problems, Has.Some.Contains("first at data/crimes.csv:30003"));
        Assert.That(parallel.Problems, Has.Some.StartsWith("data/crimes.csv:47002:"));
    }

    [Test]
    public void A_file_without_a_breakdown_column_counts_every_record_in_the_whole_alone()
    {
        using var project = Write(Rows(40_000, i => $"Borough {i % 3}"), "\n", finalLineEnd: true);
        project.Data(Entry.Replace(", breakdown: borough", string.Empty, StringComparison.Ordinal).Replace("    bad_rows: warn\n", string.Empty, StringComparison.Ordinal));
        var (parallel, sequential) = CountBothWays(project);

        Assert.That(parallel.InParallel, Is.EqualTo(1));
        Assert.That(parallel.Text, Is.EqualTo(sequential.Text));
        Assert.That(parallel.Text, Does.Contain("rows 40000 counted 40000").And.Contain("groups: \n"));
        Assert.That(parallel.Problems, Is.EqualTo(sequential.Problems).And.Empty);
    }

    [Test]
    public void Small_files_are_counted_on_one_thread()
    {
        using var project = Write(Rows(1_000, i => "A"), "\n", finalLineEnd: true);
        var table = project.Count().Value!.Single();
        Assert.That((table.Rows, table.FilesCountedInParallel), Is.EqualTo((1_000L, 0)));
    }

    /// <summary>Rows of <c>crime_ref,recorded_date,borough,offence</c>, dated across 2015 and 2016, borough by <paramref name="borough"/>.</summary>
    private static string[] Rows(int count, Func<int, string> borough) =>
        Enumerable.Range(0, count)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"CR{i:D7},{(i % 28) + 1:D2}/{(i % 12) + 1:D2}/{2015 + (i % 2)} 1{i % 10}:00,{borough(i)},{Offences[i % Offences.Length]}"))
            .ToArray();

    private static ExtractProject Write(string[] rows, string lineEnd, bool finalLineEnd)
    {
        var text = new StringBuilder("crime_ref,recorded_date,borough,offence").Append(lineEnd);
        text.AppendJoin(lineEnd, rows);
        if (finalLineEnd)
        {
            text.Append(lineEnd);
        }

        var project = new ExtractProject().File("data/crimes.csv", text.ToString());
        project.Data(Entry + "\n");
        return project;
    }

    private static (Counted Parallel, Counted Sequential) CountBothWays(ExtractProject project)
    {
        ParallelRecordCount.MinimumBytes = 0;
        var parallel = Count(project);
        ParallelRecordCount.MinimumBytes = long.MaxValue;
        var sequential = Count(project);
        return (parallel, sequential);
    }

    private static Counted Count(ExtractProject project)
    {
        var loaded = ProjectLoader.Load(project.Root).Value!;
        var result = RecordCounting.Count(loaded);
        var table = result.Value!.Single();
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"rows {table.Rows} counted {table.Counted} unmapped {table.Unmapped} uncounted {table.Uncounted}\n");
        text.Append("groups: ").AppendJoin('|', table.Groups).Append('\n');
        foreach (var category in table.Categories)
        {
            foreach (var month in table.Months)
            {
                text.Append(CultureInfo.InvariantCulture, $"{category.Id} {month} {table.Count(category.Id, month)}:");
                text.AppendJoin(',', table.Groups.Select(g => table.Count(category.Id, month, g))).Append('\n');
            }
        }

        var file = Path.Join(project.Root, "data", "crimes.csv");
        return new Counted(text.ToString(), Problems.Lines(result.Problems, project.Root), loaded.Reads.Find(file)?.Sha256, table.FilesCountedInParallel);
    }

    private sealed record Counted(string Text, string[] Problems, string? Sha256, int InParallel);
}
