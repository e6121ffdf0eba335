namespace ReportGen.Core.Disclosure;

/// <summary>
/// The project's disclosure control (the project file's <c>disclosure:</c>, docs/disclosure.md): the threshold for
/// indicators that set none of their own, whether zeros are suppressed too, and the totals whose parts the pack
/// shows beside them.
/// </summary>
public sealed record DisclosureRules
{
    /// <summary>No disclosure control, unless an indicator sets its own threshold.</summary>
    public static DisclosureRules None { get; } = new();

    /// <summary>
    /// Whether small counts are suppressed at all; an edition may turn it off (a closed committee's pack). Restricted
    /// figures left out of the public edition are protected whatever this says.
    /// </summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Counts from 1 up to one below this are suppressed, for indicators without their own <c>suppress_below</c>.</summary>
    public int? SuppressBelow { get; init; }

    /// <summary>Whether a count of 0 is suppressed too (by default a zero is shown: it identifies no one).</summary>
    public bool SuppressZeros { get; init; }

    /// <summary>Indicators that are the sum of others (a crime summary's subtotals), so one cannot be worked out from the rest.</summary>
    public IReadOnlyList<IndicatorTotal> Totals { get; init; } = [];
}
