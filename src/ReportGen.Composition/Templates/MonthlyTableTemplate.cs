using ReportGen.Core.Diagnostics;

namespace ReportGen.Composition.Templates;

/// <summary>
/// The City of London measures' monthly table for each chosen indicator: a column per month of the financial year (Apr … Mar, or
/// Q1 … Q4 for quarterly figures), rows for last year and this year by month and year to date, the changes, and the
/// prediction of the year end.
/// </summary>
/// <param name="Location">Where the block is written.</param>
/// <param name="Caption">What each table is, for screen readers (Liquid, with <c>indicator</c> in scope).</param>
/// <param name="Indicators">The indicators (ids, Liquid), or <see langword="null"/> for those in scope.</param>
/// <param name="Rows">The rows, in order.</param>
public sealed record MonthlyTableTemplate(SourceLocation Location, string Caption, IReadOnlyList<string>? Indicators, IReadOnlyList<MonthlyRow> Rows) : TemplateBlock(Location)
{
    /// <summary>Every row, in the City of London measures' order.</summary>
    public static IReadOnlyList<MonthlyRow> AllRows { get; } = Enum.GetValues<MonthlyRow>();

    /// <summary>The top-left cell (Liquid, with <c>indicator</c> in scope); <see langword="null"/> for the indicator's title.</summary>
    public string? Title { get; init; }
}

/// <summary>A row of a <see cref="MonthlyTableTemplate"/>.</summary>
public enum MonthlyRow
{
    /// <summary>Last year's figure for each month (<c>last_year</c>).</summary>
    LastYear,

    /// <summary>This year's figure for each month to the reported one (<c>this_year</c>).</summary>
    ThisYear,

    /// <summary>This year's figure less last year's, month by month (<c>change</c>).</summary>
    Change,

    /// <summary>Last year's year to date at each month (<c>last_year_ytd</c>).</summary>
    LastYearYtd,

    /// <summary>This year's year to date at each month (<c>this_year_ytd</c>).</summary>
    ThisYearYtd,

    /// <summary>This year's year to date less last year's (<c>change_ytd</c>).</summary>
    ChangeYtd,

    /// <summary>The prediction of the financial year's total, for sum indicators (<c>forecast</c>).</summary>
    Forecast,
}
