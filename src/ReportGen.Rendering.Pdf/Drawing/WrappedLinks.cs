namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>
/// Joins the pieces of a link that wraps from one line to the next on the same page into one link: one Link
/// element and one annotation with an area per line, so that a screen reader announces one link and its description
/// gives the whole text, not two links to the same address.
/// </summary>
/// <remarks>
/// A line lays each link piece out as <c>BeginLink, Text, BeginArtifact, Line (the underline), End, End</c>. Two
/// such groups that follow each other directly, going to the same place, are one link broken by the line end (or
/// by a change of style within the link).
/// A link whose lines fall on two pages stays two links, one on each page, as an annotation belongs to one page.
/// </remarks>
internal static class WrappedLinks
{
    private const int GroupLength = 6;

    /// <summary><paramref name="ops"/> with each wrapped link's pieces joined.</summary>
    public static IReadOnlyList<DrawOp> Join(IReadOnlyList<DrawOp> ops)
    {
        var joined = new List<DrawOp>(ops.Count);
        var i = 0;
        while (i < ops.Count)
        {
            if (!IsGroup(ops, i))
            {
                joined.Add(ops[i++]);
                continue;
            }

            var first = (BeginLinkOp)ops[i];
            var texts = new List<string> { ((TextOp)ops[i + 1]).Text };
            var areas = new List<LinkArea>();
            var body = new List<DrawOp> { ops[i + 1], ops[i + 2], ops[i + 3], ops[i + 4] };
            var next = i + GroupLength;
            while (IsGroup(ops, next) && ops[next] is BeginLinkOp more && first.SameTarget(more))
            {
                areas.Add(new LinkArea(more.X, more.Y, more.Width, more.Height));
                texts.Add(((TextOp)ops[next + 1]).Text);
                body.AddRange([ops[next + 1], ops[next + 2], ops[next + 3], ops[next + 4]]);
                next += GroupLength;
            }

            if (areas.Count == 0)
            {
                joined.AddRange(ops.Skip(i).Take(GroupLength));
            }
            else
            {
                var text = string.Concat(texts);
                var description = first.Anchor is null ? $"{text} ({first.Url})" : $"{text} (in this document)";
                joined.Add(first with { Description = description, MoreAreas = areas });
                joined.AddRange(body);
                joined.Add(new EndMarkOp());
            }

            i = next;
        }

        return joined;
    }

    private static bool IsGroup(IReadOnlyList<DrawOp> ops, int i) =>
        i + GroupLength <= ops.Count
        && ops[i] is BeginLinkOp
        && ops[i + 1] is TextOp
        && ops[i + 2] is BeginArtifactOp
        && ops[i + 3] is LineOp
        && ops[i + 4] is EndMarkOp
        && ops[i + 5] is EndMarkOp;
}
