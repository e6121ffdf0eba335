using ReportGen.Documents.Rendering;

namespace ReportGen.Pipeline.Stages;

/// <summary>
/// Between composing and rendering: a report rendered to Word, HTML or a workbook gets the page each anchored heading
/// falls on in the PDF's layout, because Word lays its pages out only when opened and shows a contents page's numbers
/// from these until it updates its fields, and a web page and a workbook have no pages: a contents page (or table)
/// shows the printed pack's numbers. The layout is named here, not found by asking which renderer is which.
/// </summary>
internal static class NumberPages
{
    public static ComposedReport Run(ComposedReport report, IPageNumbering layout) =>
        report.Formats.Contains("docx") || report.Formats.Contains("html") || report.Formats.Contains("xlsx")
            ? report with { Document = report.Document with { ExpectedAnchorPages = layout.AnchorPages(report.Document) } }
            : report;
}
