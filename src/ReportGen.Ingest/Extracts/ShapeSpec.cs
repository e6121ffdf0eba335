using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Extracts;

/// <summary>How a data file that is not a measures CSV maps onto observations: a <see cref="WideSpec"/> or a <see cref="RecordSpec"/>.</summary>
/// <param name="Location">Where the project file's entry for the file is.</param>
internal abstract record ShapeSpec(SourceLocation Location);
