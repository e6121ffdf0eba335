using ReportGen.Composition;
using ReportGen.Documents.Model;

namespace ReportGen.Pipeline.Stages;

/// <summary>
/// Summarises a build's provenance in a document's keywords (the PDF's Info and XMP, Word's core properties):
/// the ReportGen version, then each input file with the start of its SHA-256 and, for data, its last period:
/// <c>ReportGen 0.1.0</c>, <c>data/measures.csv sha256:3f2a9c1b to 2016-12</c>, <c>manifest.json</c>.
/// </summary>
internal static class ProvenanceKeywords
{
    private const int HashPrefix = 8;

    public static ReportDocument Add(ReportDocument document, ProvenanceNote? provenance)
    {
        if (provenance is null)
        {
            return document;
        }

        var keywords = new List<string>(document.Info.Keywords ?? []) { $"ReportGen {ToolVersion.Current}" };
        keywords.AddRange(provenance.Sources
            .Where(s => s.Role is not "font")
            .Select(s => s.LastPeriod is { } last ? $"{s.Path} sha256:{s.Sha256[..HashPrefix]} to {last}" : $"{s.Path} sha256:{s.Sha256[..HashPrefix]}"));
        keywords.Add("manifest.json");
        return document with { Info = document.Info with { Keywords = keywords } };
    }
}
