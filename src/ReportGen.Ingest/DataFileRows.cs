using ReportGen.Core.Periods;

namespace ReportGen.Ingest;

/// <summary>How many rows of one data file were read and how many of them the build uses, for the manifest.</summary>
/// <param name="Path">The file's absolute path.</param>
/// <param name="Read">The rows read (blank lines aside).</param>
/// <param name="Used">The rows kept as observations; the others were left out (an indicator no definition has).</param>
/// <param name="LastPeriod">The last period a used row has a figure for (the latest end month), if any.</param>
public sealed record DataFileRows(string Path, int Read, int Used, Period? LastPeriod = null)
{
    /// <summary>The rows read but not used.</summary>
    public int Rejected => Read - Used;
}
