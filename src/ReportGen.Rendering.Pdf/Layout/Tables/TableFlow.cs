using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Layout.Flow;

namespace ReportGen.Rendering.Pdf.Layout.Tables;

/// <summary>
/// A measured table that paginates itself: a row that does not fit moves to the next page whole, where the
/// header rows are drawn again (as an artifact: the content is tagged once); a group heading row moves with the
/// row after it; only a row taller than a page is split. A table kept together needs its whole height on the
/// page it starts on (and splits as usual if it is taller than a page).
/// </summary>
internal sealed class TableFlow(string caption, IReadOnlyList<RowLayout> header, IReadOnlyList<RowLayout> body, bool keepTogether = false) : FlowItem
{
    readonly double _headerHeight = header.Sum(r => r.Height);

    // A row's drawing on its way to the page, one row after another.
    readonly List<DrawOp> _row = [];

    /// <inheritdoc/>
    public override double MinHeight => keepTogether
        ? _headerHeight + body.Sum(r => r.Height)
        : _headerHeight + FirstBodyRowsHeight(0);

    /// <inheritdoc/>
    public override void Place(PageCursor cursor)
    {
        cursor.Emit(new BeginTagOp(StructureTag.Table, Summary: caption));
        if (header.Count > 0)
        {
            cursor.Emit(new BeginTagOp(StructureTag.TableHead));
            foreach (var row in header)
            {
                Put(cursor, row, tagged: true);
            }

            cursor.Emit(new EndMarkOp());
        }

        cursor.Emit(new BeginTagOp(StructureTag.TableBody));
        var rowsOnPage = 0;
        for (var i = 0; i < body.Count; i++)
        {
            if (rowsOnPage > 0 && FirstBodyRowsHeight(i) > cursor.Remaining)
            {
                ContinueOnNewPage(cursor);
                rowsOnPage = 0;
            }

            var row = body[i];
            while (row.Height > cursor.Remaining && row.Split(cursor.Remaining) is (RowLayout head, RowLayout rest))
            {
                Put(cursor, head, tagged: true);
                ContinueOnNewPage(cursor);
                row = rest;
            }

            Put(cursor, row, tagged: true);
            rowsOnPage++;
        }

        cursor.Emit(new EndMarkOp());
        cursor.Emit(new EndMarkOp());
    }

    void Put(PageCursor cursor, RowLayout row, bool tagged)
    {
        row.Draw(tagged, _row);
        cursor.Put(_row, row.Height);
    }

    // A group heading row needs the row after it on the same page.
    double FirstBodyRowsHeight(int index)
    {
        if (index >= body.Count)
        {
            return 0;
        }

        var height = body[index].Height;
        return body[index].IsGroupHeading && index + 1 < body.Count ? height + body[index + 1].Height : height;
    }

    void ContinueOnNewPage(PageCursor cursor)
    {
        cursor.NewPage();
        if (header.Count == 0)
        {
            return;
        }

        cursor.Emit(new BeginArtifactOp());
        foreach (var row in header)
        {
            Put(cursor, row, tagged: false);
        }

        cursor.Emit(new EndMarkOp());
    }
}
