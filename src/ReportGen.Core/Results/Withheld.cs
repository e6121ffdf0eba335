namespace ReportGen.Core.Results;

/// <summary>
/// What disclosure control withheld from an indicator's result because it was worked out from a suppressed figure
/// (docs/disclosure.md). Each is then <see langword="null"/> in the result and shown as <c>[c]</c>.
/// </summary>
[Flags]
public enum Withheld
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>The rating, its band label and whether it is off target: the rated figure is suppressed.</summary>
    Rating = 1,

    /// <summary>The short-term direction of travel: one of the two figures it compares is suppressed.</summary>
    DotShort = 2,

    /// <summary>The long-term direction of travel: one of the two figures it compares is suppressed.</summary>
    DotLong = 4,

    /// <summary>The change in the year to date against last year's.</summary>
    YtdChange = 8,

    /// <summary>The year-end forecast.</summary>
    Forecast = 16,

    /// <summary>The SPC analysis (its mean and limits would give a suppressed point away).</summary>
    Spc = 32,

    /// <summary>The rank among the breakdown groups.</summary>
    Rank = 64,

    /// <summary>The survey statistics.</summary>
    Survey = 128,
}
