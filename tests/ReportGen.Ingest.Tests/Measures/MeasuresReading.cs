using System.Text;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Ingest.Measures;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Tests.Measures;

/// <summary>Feeds measures CSV text through the file reader and the checks across rows, as the loader does.</summary>
internal static class MeasuresReading
{
    /// <summary>CSP1 counts, MARAC is a percentage, SAT a plain number, BUD money.</summary>
    public static readonly IReadOnlyDictionary<string, Unit?> Units = new Dictionary<string, Unit?>
    {
        ["CSP1"] = Unit.Count,
        ["MARAC"] = Unit.Percent,
        ["SAT"] = Unit.Number,
        ["BUD"] = Unit.Currency,
    };

    public static (Observation[] Observations, string[] Problems) Read(string csv, DataEncoding encoding = DataEncoding.Detect) =>
        Read(new UTF8Encoding(false).GetBytes(csv), encoding);

    public static (Observation[] Observations, string[] Problems) Read(byte[] bytes, DataEncoding encoding = DataEncoding.Detect, int startMonth = 4)
    {
        var problems = new ProblemList();
        var rows = MeasuresFileReader.Read(bytes, "data/m.csv", encoding, startMonth, problems);
        var observations = MeasureChecks.Check(rows, Units, problems);
        return (observations.ToArray(), Problems.Lines(problems.All));
    }
}
