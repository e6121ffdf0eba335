using ReportGen.Documents.Model;
using ReportGen.Ingest;

namespace ReportGen.Pipeline.Stages;

/// <summary>One report of the project composed into a document, with the document formats it is to be rendered in.</summary>
/// <param name="Report">The report as the project file defines it.</param>
/// <param name="Document">The composed document.</param>
/// <param name="Formats">The document formats wanted (<c>pdf</c>, <c>docx</c>), in the report's order.</param>
internal sealed record ComposedReport(ReportDefinition Report, ReportDocument Document, IReadOnlyList<string> Formats);

/// <summary>What stage 4 gives: every report's document, and which results files the build writes.</summary>
/// <param name="Reports">The reports with a document format, composed.</param>
/// <param name="WantsJson">Whether any report asks for <c>results.json</c>.</param>
/// <param name="WantsCsv">Whether any report asks for <c>results.csv</c>.</param>
/// <param name="Withheld">How many restricted commentary and template parts the edition left out, for the manifest.</param>
internal sealed record Composed(IReadOnlyList<ComposedReport> Reports, bool WantsJson, bool WantsCsv, int Withheld);
