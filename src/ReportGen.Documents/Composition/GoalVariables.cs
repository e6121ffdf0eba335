using DotLiquid;
using ReportGen.Core.Results;

namespace ReportGen.Documents.Composition;

/// <summary>
/// The variables of a goal (theme, area) as <c>goals</c> lists them and <c>goal</c> holds inside a section with
/// <c>for_each: goal</c>: <c>key</c>, <c>title</c>, <c>number</c> (1, 2 … in order), <c>count</c>, <c>summary</c> (its
/// own RAG counts) and every other key the goal has in the <c>goals</c> setting (<c>goal.lead</c>).
/// </summary>
internal static class GoalVariables
{
    /// <summary>The variables of <paramref name="goal"/>, the <paramref name="number"/>th; setting texts rendered by <paramref name="render"/>.</summary>
    public static Hash Of(Goal goal, int number, Func<string, string> render)
    {
        var hash = TemplateModel.Settings(goal.Fields, render);
        hash["key"] = goal.Key;
        hash["title"] = goal.Title;
        hash["number"] = number;
        hash["count"] = goal.Indicators.Count;
        hash["summary"] = TemplateModel.Summary(RagSummary.For(goal.Indicators));
        return hash;
    }
}
