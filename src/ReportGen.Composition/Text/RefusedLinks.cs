using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportGen.Core.Diagnostics;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Text;

/// <summary>
/// Finds the links of a Markdown text whose address <see cref="LinkTargets"/> does not allow, so that they are warned
/// about where they are written (a commentary file's line, a report's settings); composition keeps them as text.
/// </summary>
internal static class RefusedLinks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>The refused links under <paramref name="root"/>: each address and the inline that gives it.</summary>
    public static IEnumerable<(string Address, Markdig.Syntax.Inlines.Inline Inline)> In(MarkdownObject root)
    {
        foreach (var inline in root.Descendants<Markdig.Syntax.Inlines.Inline>())
        {
            var address = inline switch
            {
                AutolinkInline autolink => MarkdownInlines.AddressOf(autolink),
                LinkInline { IsImage: false } link => link.Url ?? string.Empty,
                _ => null,
            };
            if (address is not null && !LinkTargets.IsAllowed(address))
            {
                yield return (address, inline);
            }
        }
    }

    /// <summary>The addresses of the refused links in a Markdown text.</summary>
    public static IEnumerable<string> In(string markdown) =>
        MarkdownDepth.TryParse(markdown, Pipeline, out _) is { } document ? In(document).Select(link => link.Address) : [];

    /// <summary>The warning for a refused link to <paramref name="address"/>.</summary>
    public static string Message(string address) =>
        $"the link to '{Excerpt.Of(address)}' is kept as plain text: only {LinkTargets.Allowed} become links; " +
        "write the full address (https://…) or remove the link";
}
