namespace ReportGen.Ingest.Extracts;

/// <summary>What one part of a <see cref="DatePattern"/> reads.</summary>
internal enum DatePartKind
{
    /// <summary><c>d</c> or <c>dd</c>: the day of the month.</summary>
    Day,

    /// <summary><c>M</c> or <c>MM</c>: the month as a number.</summary>
    Month,

    /// <summary><c>MMM</c> or <c>MMMM</c>: the month's English name or its first three letters (<c>Oct</c>, <c>October</c>, <c>Sept</c>).</summary>
    MonthName,

    /// <summary><c>yyyy</c>: the year, four digits.</summary>
    Year,

    /// <summary>A separator written as is: <c>/</c>, <c>-</c>, <c>.</c> or a space.</summary>
    Literal,
}
