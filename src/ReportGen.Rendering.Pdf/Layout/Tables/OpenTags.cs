using ReportGen.Rendering.Pdf.Drawing;

namespace ReportGen.Rendering.Pdf.Layout.Tables;

/// <summary>Finds the tags a run of instructions leaves open, so content split between pages can be closed and reopened.</summary>
internal static class OpenTags
{
    /// <summary>The begin instructions of <paramref name="ops"/> without a matching end, outermost first.</summary>
    public static IReadOnlyList<MarkOp> Of(IEnumerable<DrawOp> ops)
    {
        var open = new List<MarkOp>();
        foreach (var op in ops)
        {
            switch (op)
            {
                case EndMarkOp when open.Count > 0:
                    open.RemoveAt(open.Count - 1);
                    break;
                case BeginTagOp or BeginLinkOp or BeginArtifactOp:
                    open.Add((MarkOp)op);
                    break;
            }
        }

        return open;
    }
}
