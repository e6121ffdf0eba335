namespace ReportGen.Composition;

/// <summary>Where a pack's figures come from, for its "Data sources" note and document properties.</summary>
/// <param name="ToolVersion">The ReportGen version that built it: <c>0.1.0+4c1d2e3</c>.</param>
/// <param name="Sources">The input files, in the manifest's order.</param>
public sealed record ProvenanceNote(string ToolVersion, IReadOnlyList<SourceNote> Sources);
