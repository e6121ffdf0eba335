using ReportGen.Core.Periods;
using ReportGen.Ingest;

namespace ReportGen.Pipeline.Output;

/// <summary>One input file of a build, as the manifest records it.</summary>
/// <param name="Path">The file's path inside the project folder, with <c>/</c>.</param>
/// <param name="Role">What it is: <c>project</c>, <c>data</c>, <c>indicators</c>, <c>register</c>, <c>commentary</c>, <c>template</c> or <c>font</c>.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Sha256">The SHA-256 of its bytes, lower-case hex.</param>
/// <param name="Rows">For a data file: the rows read and used.</param>
internal sealed record InputFile(string Path, string Role, long Size, string Sha256, DataFileRows? Rows = null)
{
    /// <summary>For a data file: the last period it has a figure for, among the rows used.</summary>
    public Period? LastPeriod => Rows?.LastPeriod;
}
