namespace ReportGen.Ingest.Extracts;

/// <summary>A node of a record-level extract's category hierarchy.</summary>
/// <param name="Id">The indicator id.</param>
/// <param name="Values">The category values it counts itself, as written in the project file.</param>
/// <param name="Parts">The ids of the nodes it adds up.</param>
public sealed record RecordCategory(string Id, IReadOnlyList<string> Values, IReadOnlyList<string> Parts);
