using ReportGen.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Layout;

/// <summary>
/// A section's w:sectPr: the paper and margins of its orientation as the model's <see cref="PageGeometry"/> says
/// (<see cref="PageTwips"/>), on a new page, with its header and footer.
/// </summary>
internal static class SectionPropertiesFactory
{
    /// <param name="section">The section.</param>
    /// <param name="page">Its page geometry in twips.</param>
    /// <param name="headerId">Its header part's relationship id.</param>
    /// <param name="footerId">Its footer part's relationship id.</param>
    /// <param name="startPageNumber">The first section's first page number; later sections continue.</param>
    public static W.SectionProperties Create(Section section, PageTwips page, string headerId, string footerId, int? startPageNumber)
    {
        var landscape = section.Orientation == Orientation.Landscape;
        var properties = new W.SectionProperties(
            new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = headerId },
            new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = footerId },
            new W.SectionType { Val = W.SectionMarkValues.NextPage },
            new W.PageSize
            {
                Width = (uint)page.Width,
                Height = (uint)page.Height,
                Orient = landscape ? W.PageOrientationValues.Landscape : null,
            },
            new W.PageMargin
            {
                Top = page.VerticalMargin,
                Bottom = page.VerticalMargin,
                Left = (uint)page.SideMargin,
                Right = (uint)page.SideMargin,
                Header = (uint)page.FurnitureDistance,
                Footer = (uint)page.FurnitureDistance,
                Gutter = 0,
            });
        if (startPageNumber is { } start)
        {
            properties.Append(new W.PageNumberType { Start = start });
        }

        return properties;
    }
}
