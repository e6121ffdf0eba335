namespace ReportGen.Core.Indicators;

/// <summary>
/// How often an indicator is reported (<c>frequency:</c>). In a period it is not reported in, it is "not due": no
/// rating, no warning about missing data, and counted apart from indicators that have no data.
/// </summary>
public enum ReportingFrequency
{
    /// <summary>Every month: always due.</summary>
    Monthly,

    /// <summary>Each quarter: due in a quarterly pack, and in a monthly pack in the last month of each quarter.</summary>
    Quarterly,

    /// <summary>Once a year: due only in the period that ends the financial year (Q4, or its last month).</summary>
    Annual,
}
