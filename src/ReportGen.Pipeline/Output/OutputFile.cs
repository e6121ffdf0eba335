namespace ReportGen.Pipeline.Output;

/// <summary>A finished output, held in memory until every output of the build is ready.</summary>
/// <param name="Path">Where it goes.</param>
/// <param name="Bytes">Its content.</param>
internal sealed record OutputFile(string Path, byte[] Bytes);
