namespace ReportGen.Pipeline.Explaining;

/// <summary>
/// How each figure of one indicator was worked out for one period (<c>reportgen explain</c>): the rows used, the
/// figures, the target and where it came from, the rating rule with its numbers, each direction of travel and the SPC
/// verdict, in values and in plain words (<see cref="Steps"/>). Made from the build's own results, never worked out
/// again. Its JSON form is documented in docs/explain.md.
/// </summary>
/// <param name="Id">The indicator's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Period">The reported period (<c>2016/17 Q3</c>).</param>
/// <param name="Unit">Its unit (<c>count</c>, <c>percent</c> …).</param>
/// <param name="Polarity">Which way is good (<c>higher</c>, <c>lower</c>, <c>band</c>, <c>neutral</c>).</param>
/// <param name="Aggregation">How periods combine (<c>sum</c>, <c>ratio</c>, <c>mean</c>, <c>latest</c>).</param>
/// <param name="Type">Its type (<c>target</c>, <c>contextual</c>, <c>monitor</c>).</param>
/// <param name="Decimals">The decimals figures are shown with.</param>
/// <param name="States">What holds for it this period: <c>not-due</c>, <c>data-only</c>, <c>provisional</c>, <c>stale</c>, <c>suppressed</c>.</param>
/// <param name="Rows">The data rows that went into the period's and the year to date's figures, in time order.</param>
/// <param name="Figures">The figures worked out: period, ytd, previousPeriod, samePeriodLastYear, ytdLastYear, previousYtd.</param>
/// <param name="Target">The target looked up, if any.</param>
/// <param name="Rating">The rating and the rule that gave it.</param>
/// <param name="Directions">The short- and long-term directions of travel.</param>
/// <param name="Spc">The SPC verdict, for an indicator with an SPC analysis.</param>
/// <param name="Steps">The explanation in plain words, one sentence a line.</param>
public sealed record IndicatorExplanation(
    string Id,
    string Title,
    string Period,
    string Unit,
    string Polarity,
    string Aggregation,
    string Type,
    int Decimals,
    IReadOnlyList<string> States,
    IReadOnlyList<ExplainedRow> Rows,
    IReadOnlyList<ExplainedFigure> Figures,
    ExplainedTarget? Target,
    ExplainedRating Rating,
    IReadOnlyList<ExplainedDirection> Directions,
    ExplainedSpc? Spc,
    IReadOnlyList<string> Steps);
