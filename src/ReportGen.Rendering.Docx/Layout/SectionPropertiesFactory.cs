using ReportGen.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Layout;

/// <summary>A section's w:sectPr: A4 in its orientation with its margins (<see cref="PageGeometry"/>), on a new page, with its header and footer.</summary>
internal static class SectionPropertiesFactory
{
    /// <param name="section">The section.</param>
    /// <param name="headerId">Its header part's relationship id.</param>
    /// <param name="footerId">Its footer part's relationship id.</param>
    /// <param name="startPageNumber">The first section's first page number; later sections continue.</param>
    public static W.SectionProperties Create(Section section, string headerId, string footerId, int? startPageNumber)
    {
        var landscape = section.Orientation == Orientation.Landscape;
        var properties = new W.SectionProperties(
            new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = headerId },
            new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = footerId },
            new W.SectionType { Val = W.SectionMarkValues.NextPage },
            new W.PageSize
            {
                Width = (uint)PageGeometry.PageWidth(section.Orientation),
                Height = (uint)PageGeometry.PageHeight(section.Orientation),
                Orient = landscape ? W.PageOrientationValues.Landscape : null,
            },
            new W.PageMargin
            {
                Top = PageGeometry.VerticalMargin(section.Orientation),
                Bottom = PageGeometry.VerticalMargin(section.Orientation),
                Left = (uint)PageGeometry.SideMargin(section.Orientation),
                Right = (uint)PageGeometry.SideMargin(section.Orientation),
                Header = (uint)PageGeometry.FurnitureDistance(section.Orientation),
                Footer = (uint)PageGeometry.FurnitureDistance(section.Orientation),
                Gutter = 0,
            });
        if (startPageNumber is { } start)
        {
            properties.Append(new W.PageNumberType { Start = start });
        }

        return properties;
    }
}
