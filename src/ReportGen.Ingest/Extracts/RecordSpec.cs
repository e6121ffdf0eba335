using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// A record-level extract (<c>shape: records</c>): a row per crime or incident, counted by the month of its date into
/// the nodes of a category hierarchy, for the whole and for each group of an optional breakdown column.
/// </summary>
/// <param name="Location">Where the project file's entry is.</param>
/// <param name="Date">The date column.</param>
/// <param name="Category">The category column, whose values <paramref name="Categories"/> maps.</param>
/// <param name="Breakdown">The breakdown column, read when the file has it.</param>
/// <param name="DateFormat">The declared date format; <see langword="null"/> to detect it.</param>
/// <param name="Categories">The hierarchy.</param>
/// <param name="BadRowsWarn">Whether rows that cannot be counted are warnings (<c>bad_rows: warn</c>) rather than errors.</param>
internal sealed record RecordSpec(
    SourceLocation Location,
    ColumnName Date,
    ColumnName Category,
    ColumnName Breakdown,
    DatePattern? DateFormat,
    CategoryTree Categories,
    bool BadRowsWarn) : ShapeSpec(Location);
