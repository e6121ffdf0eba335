namespace ReportGen.Pipeline.Explaining;

/// <summary>One direction of travel: which figures it compares and what it found.</summary>
/// <param name="Term"><c>short</c> or <c>long</c>.</param>
/// <param name="Current">The later figure's name (<c>period</c>, <c>ytd</c>).</param>
/// <param name="CurrentSpan">The span the later figure covers.</param>
/// <param name="CurrentValue">The later figure.</param>
/// <param name="Earlier">The earlier figure's name (<c>previousPeriod</c>, <c>previousYtd</c>, <c>samePeriodLastYear</c>, <c>ytdLastYear</c>).</param>
/// <param name="EarlierSpan">The span the earlier figure covers.</param>
/// <param name="EarlierValue">The earlier figure.</param>
/// <param name="Threshold">Differences no larger than this are <c>same</c> (<c>dot_threshold</c>), if set.</param>
/// <param name="Result"><c>better</c>, <c>worse</c>, <c>same</c>, or <see langword="null"/> (no figure to compare, neutral polarity, monitor indicator).</param>
public sealed record ExplainedDirection(
    string Term, string Current, string CurrentSpan, decimal? CurrentValue, string Earlier, string EarlierSpan, decimal? EarlierValue, decimal? Threshold, string? Result);
