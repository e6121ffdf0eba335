using System.Text;

namespace ReportGen.Ingest.Tests.Extracts;

/// <summary>
/// Writes a record-level crime extract like the benchmark's (make_crime_extract.py, bench/README.md): a row per
/// crime with a reference, a dd/MM/yyyy date, one of 32 boroughs and one of 24 offence subgroups. The same seed
/// gives the same file.
/// </summary>
internal static class SyntheticExtract
{
    public static readonly string[] Subgroups =
    [
        "Homicide", "Violence with Injury", "Violence without Injury", "Rape", "Other Sexual Offences",
        "Robbery of Business Property", "Robbery of Personal Property", "Burglary in a Dwelling", "Burglary - Non Dwelling",
        "Theft of a Motor Vehicle", "Theft from a Motor Vehicle", "Theft from the Person", "Bicycle Theft", "Shoplifting",
        "All Other Theft Offences", "Arson", "Criminal Damage", "Possession of Drugs", "Trafficking of Drugs",
        "Possession of Weapons Offences", "Public Order Offences", "Miscellaneous Crimes Against Society",
        "Fraud and Forgery", "Other Notifiable Offences",
    ];

    /// <summary>The categories: block mapping the first <paramref name="mapped"/> subgroups (by default every one but the last two) to nodes S0, S1 … under ALL.</summary>
    public static string Categories(int mapped = 22)
    {
        var text = new StringBuilder("    categories:\n      ALL: { parts: [");
        text.Append(string.Join(", ", Enumerable.Range(0, mapped).Select(i => $"S{i}"))).Append("] }\n");
        for (var i = 0; i < mapped; i++)
        {
            text.Append(FormattableString.Invariant($"      S{i}: {Subgroups[i]}\n"));
        }

        return text.ToString();
    }

    /// <summary>Writes <paramref name="rows"/> rows to <paramref name="path"/>.</summary>
    public static void Write(string path, int rows, int seed = 42)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("crime_ref,recorded_date,borough,offence_subgroup\n");
        for (var i = 0; i < rows; i++)
        {
            writer.Write(FormattableString.Invariant($"CR{i:D9},{random.Next(1, 29):D2}/{random.Next(1, 13):D2}/{2013 + random.Next(5)},Borough {random.Next(1, 33):D2},{Subgroups[random.Next(Subgroups.Length)]}\n"));
        }
    }
}
