using ReportGen.Composition.Templates;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary>
/// <c>narrative:</c> a section of the commentary file, found by its key (Liquid: <c>"{{ goal.key }} finance"</c>;
/// headings inside it nest under the block's heading), or the template's default text; with neither, nothing, not
/// even the heading. A section the public edition withheld as restricted gives nothing either (the default would
/// stand in for words that were written), only the mark that lets a heading over nothing else go too.
/// </summary>
internal static class NarrativeComposer
{
    public static IEnumerable<Block> Compose(NarrativeTemplate template, CompositionContext context)
    {
        var key = context.Text(template.Key, template.Location).Trim().ToLowerInvariant();
        if (context.Input.Commentary.Withheld.Contains(key))
        {
            yield return LeftOutMark.Instance;
            yield break;
        }

        var body = context.Input.Commentary.Narrative.TryGetValue(key, out var section)
            ? context.Markdown(section.Markdown, section.Location, headingOffset: template.Level)
            : context.Markdown(template.Default, template.Location, headingOffset: template.Level);
        if (body.Count == 0)
        {
            yield break;
        }

        if (!string.IsNullOrWhiteSpace(template.Heading))
        {
            var heading = context.InlineMarkdown(template.Heading, template.Location);
            if (heading.Count > 0)
            {
                yield return new Heading(template.Level, heading);
            }
        }

        foreach (var block in body)
        {
            yield return block;
        }
    }
}
