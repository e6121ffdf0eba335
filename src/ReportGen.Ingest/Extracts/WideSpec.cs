using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// A wide table (<c>shape: wide</c>): a row per indicator (and year, and breakdown group), a column per month, headed
/// <c>Apr</c> … <c>Mar</c> (with a year column) or <c>2016-04</c> ….
/// </summary>
/// <param name="Location">Where the project file's entry is.</param>
/// <param name="Indicator">The one indicator of every row, when <c>indicator:</c> names it; otherwise each row's indicator column says.</param>
/// <param name="IndicatorAt">Where <c>indicator:</c> is written.</param>
/// <param name="IndicatorColumn">The column of indicator ids.</param>
/// <param name="YearColumn">The column of financial years, for month-name headers.</param>
/// <param name="BreakdownColumn">The column of breakdown groups, read when the file has it.</param>
internal sealed record WideSpec(
    SourceLocation Location,
    string? Indicator,
    SourceLocation? IndicatorAt,
    ColumnName IndicatorColumn,
    ColumnName YearColumn,
    ColumnName BreakdownColumn) : ShapeSpec(Location);
