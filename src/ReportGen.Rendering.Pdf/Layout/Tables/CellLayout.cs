using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Layout.Flow;

namespace ReportGen.Rendering.Pdf.Layout.Tables;

/// <summary>A measured table cell: where it sits in its row, its fill, its tag and its content's lines.</summary>
internal sealed class CellLayout(
    double x, double width, IReadOnlyList<FlowItem> content, Rgb? fill, BeginTagOp tag, double paddingX, double paddingY)
{
    // Sums of line heights must not push a line that exactly fits into the next part of a split row.
    const double Tolerance = 0.01;

    /// <summary>The cell's left edge, relative to the table's.</summary>
    public double X { get; } = x;

    /// <summary>The cell's width, including its padding.</summary>
    public double Width { get; } = width;

    /// <summary>The background, if any.</summary>
    public Rgb? Fill { get; } = fill;

    /// <summary>The height the cell needs, including its padding.</summary>
    public double Height { get; } = (2 * paddingY) + SumOfHeights(content);

    /// <summary>
    /// Adds the cell's content to <paramref name="ops"/>, relative to its row's top-left corner, tagged TH or TD; with
    /// <paramref name="tagged"/> false, without any tagging (no <see cref="MarkOp"/>).
    /// </summary>
    public void Draw(bool tagged, List<DrawOp> ops)
    {
        if (tagged)
        {
            ops.Add(tag);
        }

        var y = paddingY;
        for (var i = 0; i < content.Count; i++)
        {
            if (content[i] is Slice slice)
            {
                var left = X + paddingX;
                for (var j = 0; j < slice.Ops.Count; j++)
                {
                    if (tagged || slice.Ops[j] is not MarkOp)
                    {
                        ops.Add(slice.Ops[j].Moved(left, y));
                    }
                }
            }

            y += HeightOf(content[i]);
        }

        if (tagged)
        {
            ops.Add(new EndMarkOp());
        }
    }

    /// <summary>
    /// The lines that fit in <paramref name="available"/> points and the rest, for a row taller than a page. Tags
    /// open at the split are closed in the first part and reopened in the second.
    /// </summary>
    public (CellLayout Head, CellLayout Remainder) Split(double available)
    {
        var limit = available - (2 * paddingY);
        var taken = 0;
        var height = 0.0;
        while (taken < content.Count && height + HeightOf(content[taken]) <= limit + Tolerance)
        {
            height += HeightOf(content[taken]);
            taken++;
        }

        var head = content.Take(taken).ToList();
        var rest = content.Skip(taken).SkipWhile(item => item is Spacer).ToList();
        var open = OpenTags.Of(head.OfType<Slice>().SelectMany(s => s.Ops));
        if (open.Count > 0)
        {
            head.Add(new Slice(0, [.. open.Select(_ => new EndMarkOp())]));
            rest.Insert(0, new Slice(0, open));
        }

        return (With(head), With(rest));
    }

    /// <summary>Whether a split at <paramref name="available"/> points would leave at least one line in the first part.</summary>
    public bool CanStartIn(double available) =>
        content.Count == 0 || (2 * paddingY) + HeightOf(content[0]) <= available + Tolerance;

    CellLayout With(IReadOnlyList<FlowItem> items) => new(X, Width, items, Fill, tag, paddingX, paddingY);

    // As Enumerable.Sum adds them: in order, from 0.
    static double SumOfHeights(IReadOnlyList<FlowItem> items)
    {
        var sum = 0.0;
        for (var i = 0; i < items.Count; i++)
        {
            sum += HeightOf(items[i]);
        }

        return sum;
    }

    static double HeightOf(FlowItem item) => item switch
    {
        Slice slice => slice.Height,
        Spacer spacer => spacer.Height,
        _ => 0,
    };
}
