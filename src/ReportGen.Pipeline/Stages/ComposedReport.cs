using ReportGen.Documents.Model;
using ReportGen.Ingest;

namespace ReportGen.Pipeline.Stages;

/// <summary>One report of the project composed into a document, with the document formats it is to be rendered in.</summary>
/// <param name="Report">The report as the project file defines it.</param>
/// <param name="Document">The composed document.</param>
/// <param name="Formats">The document formats wanted (<c>pdf</c>, <c>docx</c>), in the report's order.</param>
internal sealed record ComposedReport(ReportDefinition Report, ReportDocument Document, IReadOnlyList<string> Formats);
