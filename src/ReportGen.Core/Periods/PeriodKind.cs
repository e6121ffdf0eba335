namespace ReportGen.Core.Periods;

/// <summary>The length of a <see cref="Period"/>.</summary>
public enum PeriodKind
{
    /// <summary>One calendar month.</summary>
    Month,

    /// <summary>Three months: a quarter of a financial year.</summary>
    Quarter,

    /// <summary>A whole financial year.</summary>
    Year,
}
