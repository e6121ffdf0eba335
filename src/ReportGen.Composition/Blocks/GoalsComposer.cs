using ReportGen.Composition.Templates;
using ReportGen.Composition.Text;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary>
/// <c>goals:</c> the report detail by goal, as the Havering report writes it: the goal's heading and narrative (commentary
/// section named after the goal's key), then "Highlights" (Green indicators, with their highlight or
/// commentary) and "Improvements required" (Red and Amber, with commentary and corrective action).
/// </summary>
internal static class GoalsComposer
{
    public static IEnumerable<Block> Compose(GoalsTemplate template, CompositionContext context)
    {
        foreach (var goal in context.Goals)
        {
            var locals = new Dictionary<string, object>
            {
                ["goal"] = LiquidMap.Of(new Dictionary<string, object?>
                {
                    ["key"] = goal.Key,
                    ["title"] = goal.Title,
                    ["count"] = goal.Indicators.Count,
                }),
            };
            yield return new Heading(template.Level, context.InlineMarkdown(goal.Title, template.Location));

            var narrative = context.Input.Commentary.Narrative.TryGetValue(goal.Key.ToLowerInvariant(), out var section)
                ? context.Markdown(section.Markdown, section.Location, template.Level)
                : goal.Indicators.Count == 0 ? context.Markdown(template.NoIndicators, template.Location, template.Level, locals) : [];
            foreach (var block in narrative)
            {
                yield return block;
            }

            var highlights = goal.Indicators.Where(r => r.Rag == Rag.Green).ToList();
            var improvements = goal.Indicators.Where(r => r.Rag is Rag.Red or Rag.Amber).ToList();
            foreach (var block in Part(template.HighlightsHeading, highlights, template, context, Highlight))
            {
                yield return block;
            }

            foreach (var block in Part(template.ImprovementsHeading, improvements, template, context, Improvement))
            {
                yield return block;
            }
        }
    }

    private static IEnumerable<Block> Part(
        string heading,
        IReadOnlyList<IndicatorResult> indicators,
        GoalsTemplate template,
        CompositionContext context,
        Func<IndicatorResult, CompositionContext, IEnumerable<Block>> entry)
    {
        if (indicators.Count == 0)
        {
            yield break;
        }

        yield return new Heading(Math.Min(template.Level + 1, 4), context.InlineMarkdown(heading, template.Location));
        foreach (var indicator in indicators)
        {
            foreach (var block in entry(indicator, context))
            {
                yield return block;
            }
        }
    }

    private static IEnumerable<Block> Highlight(IndicatorResult result, CompositionContext context)
    {
        context.Input.Commentary.Indicators.TryGetValue(result.Definition.Id, out var notes);
        var text = notes?.Text ?? notes?.Highlight;
        return text is null
            ? [Summary(result)]
            : MarkdownBlocks.Read(text, 4);
    }

    private static IEnumerable<Block> Improvement(IndicatorResult result, CompositionContext context)
    {
        context.Input.Commentary.Indicators.TryGetValue(result.Definition.Id, out var notes);
        var blocks = new List<Block>();
        blocks.AddRange(notes?.Text is { } text ? MarkdownBlocks.Read(text, 4) : [Summary(result)]);
        if (notes?.CorrectiveAction is { } action)
        {
            blocks.Add(new Paragraph([new TextRun("Corrective action: ", Bold: true), .. MarkdownBlocks.ReadInline(action)]));
        }

        return blocks;
    }

    /// <summary>When the analyst wrote nothing: the figures in one sentence, so the indicator is never silently missing.</summary>
    private static Paragraph Summary(IndicatorResult result)
    {
        var d = result.Definition;
        var target = result.Target is null ? "no target" : "a target of " + Display.Target(d, result.Target);
        return new Paragraph(
        [
            new TextRun(d.Title + ": ", Bold: true),
            new TextRun($"{Display.Figure(d, result.RatedValue)} against {target} ({Display.Rating(result.Rag)})."),
        ]);
    }
}
