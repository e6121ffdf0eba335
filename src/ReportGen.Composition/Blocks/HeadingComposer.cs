using ReportGen.Composition.Templates;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary><c>heading:</c> a heading whose Liquid text may use inline Markdown; left out when it renders empty.</summary>
internal static class HeadingComposer
{
    public static IEnumerable<Block> Compose(HeadingTemplate template, CompositionContext context)
    {
        var content = context.InlineMarkdown(template.Text, template.Location);
        if (content.Count > 0)
        {
            var anchor = template.Anchor is null ? string.Empty : context.Text(template.Anchor, template.Location);
            if (anchor.Length > 0)
            {
                context.Anchors.Define(anchor, template.Location, context.Problems);
            }

            yield return new Heading(template.Level, content) { Anchor = anchor.Length > 0 ? anchor : null };
        }
    }
}
