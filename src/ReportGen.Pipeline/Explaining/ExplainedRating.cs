namespace ReportGen.Pipeline.Explaining;

/// <summary>The rating and the rule that gave it.</summary>
/// <param name="Method"><c>tolerance</c>, <c>target_distance</c>, <c>bands</c>, <c>spc</c>, <c>manual</c>, or <c>none</c> (not rated).</param>
/// <param name="Basis">What is rated: <c>ytd</c> or <c>period</c>.</param>
/// <param name="RatedValue">The figure rated.</param>
/// <param name="OffTarget">Whether it is further from the target than the tolerance allows (tolerance and target_distance).</param>
/// <param name="Rag">The rating (<c>Red</c>, <c>Amber</c>, <c>Green</c>), or <see langword="null"/>.</param>
/// <param name="Label">The band's words, for band ratings.</param>
/// <param name="Rule">The rule that fired, with its numbers, in words.</param>
/// <param name="Source">For manual ratings: the data row giving the rating (<c>path:line</c>).</param>
public sealed record ExplainedRating(string Method, string Basis, decimal? RatedValue, bool? OffTarget, string? Rag, string? Label, string Rule, string? Source);
