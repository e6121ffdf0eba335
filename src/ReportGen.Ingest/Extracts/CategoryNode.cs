using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// One node of a category hierarchy: an indicator whose monthly counts are the records whose category is one of its
/// <paramref name="Values"/>, plus the counts of its <paramref name="Parts"/> (a subtotal).
/// </summary>
/// <param name="Id">The indicator id.</param>
/// <param name="Values">The category values counted here, as written, each with where.</param>
/// <param name="Parts">The ids of the nodes it adds up, each with where.</param>
/// <param name="Location">Where the node's id is written.</param>
internal sealed record CategoryNode(string Id, IReadOnlyList<Written> Values, IReadOnlyList<Written> Parts, SourceLocation Location);
