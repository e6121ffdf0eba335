using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Html.Content;

/// <summary>The headings of a document in reading order, those inside columns included.</summary>
internal static class DocumentWalk
{
    /// <summary>Every heading of <paramref name="document"/>, in reading order.</summary>
    public static IReadOnlyList<Heading> Headings(ReportDocument document) =>
        [.. document.Sections.SelectMany(s => Blocks(s.Blocks)).OfType<Heading>()];

    private static IEnumerable<Block> Blocks(IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => b is Columns columns ? columns.Items.SelectMany(c => Blocks(c.Blocks)) : [b]);
}
