using ReportGen.Documents.Model;

namespace ReportGen.Composition;

/// <summary>
/// Tidies a section after the edition has left things out of it: a heading whose content (up to the next heading of
/// the same or a higher level) was all left out goes too, since its words may name what was left out and it would
/// head nothing; page breaks left at the start or end, or twice in a row, go; and a section with nothing left goes.
/// A section the edition left nothing out of is returned as it was.
/// </summary>
internal static class WithheldHeadings
{
    /// <summary>The section's blocks without the <see cref="LeftOutMark"/>s and what they empty; null when nothing is left.</summary>
    public static IReadOnlyList<Block>? Tidy(IReadOnlyList<Block> blocks)
    {
        if (!blocks.Any(b => b is LeftOutMark))
        {
            return blocks;
        }

        // From the end, so that a subheading is decided before the heading above it: a dropped subheading counts as
        // left out, a kept one as content.
        var dropped = new bool[blocks.Count];
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            dropped[i] = blocks[i] switch
            {
                LeftOutMark => true,
                Heading heading => HeadsOnlyWithheld(blocks, dropped, i, heading.Level),
                _ => false,
            };
        }

        var kept = new List<Block>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!dropped[i] && !(blocks[i] is PageBreak && (kept.Count == 0 || kept[^1] is PageBreak)))
            {
                kept.Add(blocks[i]);
            }
        }

        while (kept.Count > 0 && kept[^1] is PageBreak)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return kept.Count == 0 ? null : kept;
    }

    // Whether what follows the heading at `at`, up to the next heading of its level or higher, has something left out
    // and nothing kept (a page break is neither).
    private static bool HeadsOnlyWithheld(IReadOnlyList<Block> blocks, bool[] dropped, int at, int level)
    {
        var withheld = false;
        for (var j = at + 1; j < blocks.Count && !(blocks[j] is Heading next && next.Level <= level); j++)
        {
            if (dropped[j])
            {
                withheld = true;
            }
            else if (blocks[j] is not PageBreak)
            {
                return false;
            }
        }

        return withheld;
    }
}
