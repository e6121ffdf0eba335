using ReportGen.Core.Diagnostics;

namespace ReportGen.Composition.Templates;

/// <summary>
/// The City of London measures' survey table for each chosen rate indicator: a column per quarter of the last <see cref="Years"/>
/// financial years, rows for the rate, its numerator and its denominator, and the trend against the quarter before.
/// With <c>cumulative_from</c> on the indicator, each quarter is cumulative from that month ("cumulative response
/// Apr 14 – Dec 16").
/// </summary>
/// <param name="Location">Where the block is written.</param>
/// <param name="Caption">What each table is, for screen readers (Liquid, with <c>indicator</c> in scope).</param>
/// <param name="Indicators">The indicators (ids, Liquid), or <see langword="null"/> for those in scope.</param>
public sealed record SurveyTableTemplate(SourceLocation Location, string Caption, IReadOnlyList<string>? Indicators) : TemplateBlock(Location)
{
    /// <summary>A paragraph above each table (Liquid, with <c>indicator</c> in scope), such as the survey question.</summary>
    public string? Title { get; init; }

    /// <summary>How many financial years, up to the reported one.</summary>
    public int Years { get; init; } = 3;

    /// <summary>The label of the rate's row.</summary>
    public string ValueLabel { get; init; } = "Percentage of respondents satisfied";

    /// <summary>The label of the numerator's row.</summary>
    public string NumeratorLabel { get; init; } = "Number of respondents satisfied";

    /// <summary>The label of the denominator's row.</summary>
    public string DenominatorLabel { get; init; } = "Number of valid responses";
}
