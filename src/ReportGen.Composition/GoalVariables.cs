using ReportGen.Composition.Narrative;
using ReportGen.Composition.Text;
using ReportGen.Core.Results;

namespace ReportGen.Composition;

/// <summary>
/// The variables of a goal (theme, area) as <c>goals</c> lists them and <c>goal</c> holds inside a section with
/// <c>for_each: goal</c>: <c>key</c>, <c>title</c>, <c>number</c> (the setting's, else 1, 2 … in order), <c>count</c>, <c>summary</c> (its
/// own RAG counts), <c>narrative</c> (the commentary sections named after the goal's key and a word:
/// <c># crime pursue</c> is <c>goal.narrative.pursue</c>) and every other key the goal has in the <c>goals</c> setting
/// (<c>goal.lead</c>).
/// </summary>
internal static class GoalVariables
{
    /// <summary>The variables of <paramref name="goal"/>, the <paramref name="number"/>th; setting texts rendered by <paramref name="render"/>.</summary>
    public static LiquidMap Of(Goal goal, int number, Func<string, string> render, Commentary commentary)
    {
        var hash = TemplateModel.Settings(goal.Fields, (_, text) => render(text));
        var prefix = goal.Key.Trim().ToLowerInvariant() + " ";
        var narrative = new LiquidMap(open: true);
        foreach (var (key, section) in commentary.Narrative.Where(n => goal.Key.Length > 0 && n.Key.StartsWith(prefix, StringComparison.Ordinal)))
        {
            narrative[key[prefix.Length..].Trim().Replace(' ', '_')] = section.Markdown;
        }

        hash["narrative"] = narrative;
        hash["key"] = goal.Key;
        hash["title"] = goal.Title;
        if (!hash.ContainsKey("number") || hash["number"] is "")
        {
            hash["number"] = number;
        }

        hash["count"] = goal.Indicators.Count;
        hash["summary"] = TemplateModel.Summary(RagSummary.For(goal.Indicators), DotSummary.For(goal.Indicators), RagSummary.OfRatingsShown(goal.Indicators));
        return hash;
    }
}
