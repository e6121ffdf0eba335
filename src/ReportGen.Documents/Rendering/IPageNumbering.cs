using ReportGen.Documents.Model;

namespace ReportGen.Documents.Rendering;

/// <summary>
/// A layout that knows on which page each anchored heading of a document falls. The pipeline asks it once per
/// document and passes the answer on in <see cref="ReportDocument.ExpectedAnchorPages"/>, for formats that lay
/// their pages out only when opened (Word shows a contents page's numbers from it until it updates its fields).
/// </summary>
public interface IPageNumbering
{
    /// <summary>The page number of each anchor of <paramref name="document"/>, as its pages are numbered.</summary>
    IReadOnlyDictionary<string, int> AnchorPages(ReportDocument document);
}
