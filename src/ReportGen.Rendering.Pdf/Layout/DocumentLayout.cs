using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Layout.Flow;

namespace ReportGen.Rendering.Pdf.Layout;

/// <summary>
/// Lays a whole document out on pages before anything is drawn, so the page count is known for "Page 3 of 9".
/// Each section starts a new page and is tagged Sect.
/// </summary>
internal static class DocumentLayout
{
    /// <summary>The pages of <paramref name="document"/>.</summary>
    public static IReadOnlyList<LaidOutPage> Paginate(ReportDocument document, LayoutContext context)
    {
        var cursor = new PageCursor();
        foreach (var section in document.Sections)
        {
            var geometry = PageGeometry.For(section.Orientation);
            cursor.StartSection(geometry, section.Furniture);
            cursor.Emit(new BeginTagOp(StructureTag.Section));
            Place(SectionFlow.Build(section.Blocks, geometry.ContentWidth, context, geometry.ContentHeight), cursor);
            cursor.Emit(new EndMarkOp());
        }

        if (cursor.Pages.Count == 0)
        {
            cursor.StartSection(PageGeometry.Portrait, new PageFurniture(PageNumberFormat: ""));
        }

        return cursor.Pages;
    }

    static void Place(IReadOnlyList<FlowItem> items, PageCursor cursor)
    {
        for (var i = 0; i < items.Count; i++)
        {
            cursor.EnsureSpace(Required(items, i, cursor.Geometry.ContentHeight));
            items[i].Place(cursor);
        }
    }

    // The height item i needs on its page: its own, plus (through spacers) that of whatever it is kept with.
    static double Required(IReadOnlyList<FlowItem> items, int index, double pageHeight)
    {
        var need = 0.0;
        for (var j = index; j < items.Count && need <= pageHeight; j++)
        {
            if (items[j] is Spacer spacer)
            {
                need += j > index ? spacer.Height : 0;
                continue;
            }

            need += items[j].MinHeight;
            if (!items[j].KeepWithNext)
            {
                break;
            }
        }

        return need;
    }
}
