using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Documents.Model;
using ReportGen.Documents.Rendering;
using ReportGen.Rendering.Xlsx.Packaging;

namespace ReportGen.Rendering.Xlsx;

/// <summary>
/// Renders the tables of a <see cref="ReportDocument"/> as a workbook (.xlsx) laid out as the UK Analysis Function's
/// guidance on releasing statistics in spreadsheets asks: a cover sheet, a contents sheet, a notes sheet, then one
/// table per sheet, each an Excel table with a header row, figures as numbers with the formats the pack prints them
/// in, and nothing merged. The same document always gives the same bytes.
/// </summary>
public sealed class XlsxRenderer : IDocumentRenderer
{
    /// <inheritdoc/>
    public string Format => "xlsx";

    /// <inheritdoc/>
    public void Render(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        using var package = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            PackageWriter.Write(workbook, document);
        }

        DeterministicZip.Rewrite(package, output);
    }
}
