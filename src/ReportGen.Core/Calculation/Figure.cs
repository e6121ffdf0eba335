namespace ReportGen.Core.Calculation;

/// <summary>The figures worked out for every indicator, each over its own span of months.</summary>
internal enum Figure
{
    /// <summary>The reported quarter (month) alone.</summary>
    Period,

    /// <summary>The quarter (month) before; Q4 of last year for Q1.</summary>
    PreviousPeriod,

    /// <summary>The same quarter (month) a year earlier.</summary>
    SamePeriodLastYear,

    /// <summary>From the start of the financial year to the end of the period.</summary>
    Ytd,

    /// <summary>The same months a year earlier.</summary>
    YtdLastYear,

    /// <summary>Year to date at the end of the previous period; the whole of last year for Q1.</summary>
    PreviousYtd,
}
