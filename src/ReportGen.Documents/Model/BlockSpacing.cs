namespace ReportGen.Documents.Model;

/// <summary>
/// The space every renderer leaves around blocks, in ems (multiples of a size of the <see cref="DocumentStyle"/>).
/// Between two blocks goes the larger of the first's space after and the second's space before; nothing goes above
/// a section's first block or below its last.
/// </summary>
/// <param name="Heading1Before">Above a level 1 heading, in ems of its size.</param>
/// <param name="Heading1After">Below a level 1 heading, in ems of its size.</param>
/// <param name="HeadingBefore">Above a heading of level 2 or deeper, in ems of its size.</param>
/// <param name="HeadingAfter">Below a heading of level 2 or deeper, in ems of its size.</param>
/// <param name="TextAfter">Below a paragraph or list (ems of body text) or a note (ems of small text).</param>
/// <param name="TableBefore">Above a table or columns block, in ems of body text.</param>
/// <param name="TableAfter">Below a table or columns block, in ems of body text.</param>
/// <param name="ChartBefore">Above a chart, in ems of body text.</param>
/// <param name="ChartAfter">Below a chart, in ems of body text.</param>
/// <param name="ListItemGap">Between the items of a list, in ems of body text.</param>
/// <param name="ColumnGap">Between two columns of a columns block, in ems of body text.</param>
public sealed record BlockSpacing(
    double Heading1Before,
    double Heading1After,
    double HeadingBefore,
    double HeadingAfter,
    double TextAfter,
    double TableBefore,
    double TableAfter,
    double ChartBefore,
    double ChartAfter,
    double ListItemGap,
    double ColumnGap)
{
    /// <summary>Compact spacing: headings close to what they head, a little more room around tables and charts.</summary>
    public static BlockSpacing Default { get; } = new(
        Heading1Before: 0.9,
        Heading1After: 0.5,
        HeadingBefore: 1.0,
        HeadingAfter: 0.4,
        TextAfter: 0.6,
        TableBefore: 0.3,
        TableAfter: 1.0,
        ChartBefore: 0.6,
        ChartAfter: 1.2,
        ListItemGap: 0.3,
        ColumnGap: 1.6);

    /// <summary>The space in points above and below <paramref name="block"/> in <paramref name="style"/>.</summary>
    public (double Before, double After) Around(Block block, DocumentStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return block switch
        {
            Heading h => (
                (h.Level <= 1 ? Heading1Before : HeadingBefore) * style.HeadingSize(h.Level),
                (h.Level <= 1 ? Heading1After : HeadingAfter) * style.HeadingSize(h.Level)),
            Paragraph { Style: ParagraphStyle.Note } => (0, TextAfter * style.SmallSize),
            Paragraph or ListBlock => (0, TextAfter * style.BodySize),
            Table or Columns => (TableBefore * style.BodySize, TableAfter * style.BodySize),
            Chart => (ChartBefore * style.BodySize, ChartAfter * style.BodySize),
            _ => (0, 0),
        };
    }

    /// <summary>The space in points between <paramref name="first"/> and the block after it, <paramref name="next"/>.</summary>
    public double Between(Block first, Block next, DocumentStyle style) =>
        Math.Max(Around(first, style).After, Around(next, style).Before);

    /// <summary>The space in points between the items of a list in <paramref name="style"/>.</summary>
    public double BetweenListItems(DocumentStyle style) => ListItemGap * style.BodySize;

    /// <summary>The space in points between two columns in <paramref name="style"/>.</summary>
    public double BetweenColumns(DocumentStyle style) => ColumnGap * style.BodySize;
}
