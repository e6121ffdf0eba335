using ReportGen.Composition.Templates;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary><c>markdown:</c> Liquid, then Markdown: paragraphs, lists, emphasis, links.</summary>
internal static class MarkdownComposer
{
    public static IEnumerable<Block> Compose(MarkdownTemplate template, CompositionContext context) =>
        context.Markdown(template.Text, template.Location);
}
