using ReportGen.Documents.Model;

namespace ReportGen.Composition;

/// <summary>
/// A paragraph between a heading and a table introduces the table (under "Q3 2016/17 RAG Summary", "Of the 3
/// indicators 2 (66.7%) are Red…"): it is kept with the table, as the heading is kept with it, so that a page never
/// ends with a heading and its lead-in while the table they introduce starts the next.
/// </summary>
internal static class TableLeadIns
{
    /// <summary><paramref name="blocks"/>, each lead-in marked <see cref="Paragraph.KeepWithNext"/>.</summary>
    public static IReadOnlyList<Block> Keep(IReadOnlyList<Block> blocks)
    {
        var kept = blocks.ToArray();
        for (var i = 1; i + 1 < kept.Length; i++)
        {
            if (kept[i - 1] is Heading && kept[i] is Paragraph { KeepWithNext: false } leadIn && kept[i + 1] is Table)
            {
                kept[i] = leadIn with { KeepWithNext = true };
            }
        }

        return kept;
    }
}
