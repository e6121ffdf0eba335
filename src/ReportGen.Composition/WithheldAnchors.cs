using ReportGen.Composition.Templates;
using ReportGen.Documents.Model;

namespace ReportGen.Composition;

/// <summary>
/// The anchors of the headings an edition leaves out (restricted sections and blocks), and those a composed document
/// keeps, so that a page column or link naming a left-out heading is told so, rather than that no heading has it.
/// </summary>
internal static class WithheldAnchors
{
    /// <summary>Notes, as withheld, the anchor of each heading among <paramref name="blocks"/> (in columns too), rendered in <paramref name="scope"/>.</summary>
    public static void Note(IEnumerable<TemplateBlock> blocks, CompositionContext scope)
    {
        foreach (var block in blocks)
        {
            if (block is HeadingTemplate { Anchor: { } anchor } heading && scope.Text(anchor, heading.Location) is { Length: > 0 } name)
            {
                scope.Anchors.Withhold(name, heading.Location);
            }
            else if (block is ColumnsTemplate columns)
            {
                Note(columns.Columns.SelectMany(c => c.Blocks), scope);
            }
        }
    }

    /// <summary>The anchors of the headings <paramref name="sections"/> hold, in columns too.</summary>
    public static IReadOnlySet<string> Kept(IEnumerable<Section> sections) =>
        sections.SelectMany(s => Of(s.Blocks)).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Of(IEnumerable<Block> blocks) => blocks.SelectMany(block => block switch
    {
        Heading { Anchor: { } anchor } => [anchor],
        Columns columns => columns.Items.SelectMany(c => Of(c.Blocks)),
        _ => [],
    });
}
