using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;

namespace ReportGen.Rendering.Pdf.Layout;

/// <summary>
/// Where the next piece of content goes: the current page and how far down it is filled. Placing content moves
/// its display list into page coordinates.
/// </summary>
internal sealed class PageCursor
{
    // Sums of line heights must not push a piece that exactly fits onto the next page.
    const double Tolerance = 0.01;

    readonly List<LaidOutPage> _pages = [];
    LaidOutPage? _page;
    PageFurniture _furniture = new();

    /// <summary>The pages so far.</summary>
    public IReadOnlyList<LaidOutPage> Pages => _pages;

    /// <summary>The current page's geometry.</summary>
    public PageBox Geometry { get; private set; } = PageBox.Of(LayoutSettings.Default.Portrait);

    /// <summary>How far down the current page content has reached.</summary>
    public double Y { get; private set; }

    /// <summary>The height left on the current page.</summary>
    public double Remaining => Geometry.ContentBottom - Y;

    /// <summary>Whether nothing has been placed on the current page yet.</summary>
    public bool IsAtTop => _page is not null && Y <= Geometry.ContentTop + Tolerance;

    /// <summary>Starts a section on a new page.</summary>
    public void StartSection(PageBox geometry, PageFurniture furniture)
    {
        Geometry = geometry;
        _furniture = furniture;
        NewPage();
    }

    /// <summary>Moves to the top of a new page of the current section.</summary>
    public void NewPage()
    {
        // Pages of a section are mostly alike: room for as many instructions as the last page has saves growing the list.
        _page = new LaidOutPage(Geometry, _furniture, _page?.Ops.Count ?? 0);
        _pages.Add(_page);
        Y = Geometry.ContentTop;
    }

    /// <summary>Moves to a new page unless <paramref name="height"/> fits on this one (or this one is still empty).</summary>
    public void EnsureSpace(double height)
    {
        if (height > Remaining + Tolerance && !IsAtTop)
        {
            NewPage();
        }
    }

    /// <summary>Places <paramref name="ops"/> (relative to the text area's left edge and the cursor) and moves down.</summary>
    public void Put(IReadOnlyList<DrawOp> ops, double height)
    {
        var page = _page ?? throw new InvalidOperationException("No page has been started.");
        var (left, top) = (Geometry.ContentLeft, Y);
        for (var i = 0; i < ops.Count; i++)
        {
            page.Ops.Add(ops[i].Moved(left, top));
        }

        Y += height;
    }

    /// <summary>Adds one instruction at the cursor.</summary>
    public void Emit(DrawOp op)
    {
        var page = _page ?? throw new InvalidOperationException("No page has been started.");
        page.Ops.Add(op.Moved(Geometry.ContentLeft, Y));
    }

    /// <summary>Moves down by <paramref name="height"/>, no further than the foot of the page.</summary>
    public void Advance(double height) => Y = Math.Min(Y + height, Geometry.ContentBottom);
}
