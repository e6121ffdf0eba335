namespace ReportGen.Rendering.Docx.Content;

/// <summary>Shares a table's width among its columns in proportion to their relative widths.</summary>
internal static class ColumnWidths
{
    /// <summary>
    /// Whole twips per column adding up to exactly <paramref name="total"/>; the rounding remainder goes to the last
    /// column. Columns without a positive width share equally when none has one.
    /// </summary>
    public static int[] Distribute(IReadOnlyList<double> relative, int total)
    {
        if (relative.Count == 0)
        {
            return [];
        }

        var weights = relative.Select(w => double.IsFinite(w) && w > 0 ? w : 0).ToArray();
        var sum = weights.Sum();
        if (sum <= 0)
        {
            weights = [.. weights.Select(_ => 1.0)];
            sum = weights.Length;
        }

        var widths = weights.Select(w => (int)Math.Floor(total * w / sum)).ToArray();
        widths[^1] += total - widths.Sum();
        return widths;
    }
}
