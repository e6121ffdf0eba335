using ReportGen.Composition.Narrative;
using ReportGen.Composition.Registers;
using ReportGen.Composition.Templates;
using ReportGen.Ingest;

namespace ReportGen.Pipeline.Stages;

/// <summary>One report to compose: its definition, its template, and the document formats wanted.</summary>
/// <param name="Report">The report as the project file defines it.</param>
/// <param name="Template">Its template, read.</param>
/// <param name="Formats">The document formats wanted (<c>pdf</c>, <c>docx</c>), in the report's order.</param>
internal sealed record ReportToCompose(ReportDefinition Report, ReportTemplate Template, IReadOnlyList<string> Formats);

/// <summary>What stage 3 reads for the period's reports: commentary, registers and templates, and the results files wanted.</summary>
/// <param name="Commentary">The period's commentary as the edition shows it, if there is a file.</param>
/// <param name="CommentaryPath">The commentary file's path as problems show it.</param>
/// <param name="Registers">The period's registers (risks, issues, milestones, finance), if any.</param>
/// <param name="Reports">The reports with a document format whose template was read without error.</param>
/// <param name="WantsJson">Whether any report asks for <c>results.json</c>.</param>
/// <param name="WantsCsv">Whether any report asks for <c>results.csv</c>.</param>
/// <param name="Withheld">How many restricted commentary and template parts the edition leaves out, for the manifest.</param>
internal sealed record ReportInputs(
    Commentary? Commentary,
    string CommentaryPath,
    Registers? Registers,
    IReadOnlyList<ReportToCompose> Reports,
    bool WantsJson,
    bool WantsCsv,
    int Withheld);
