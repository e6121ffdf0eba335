namespace ReportGen.Ingest.Measures;

/// <summary>The columns of the measures CSV (contract section 2), named in the header in any case and order.</summary>
internal enum MeasureColumn
{
    Indicator,
    Period,
    Value,
    Numerator,
    Denominator,
    Breakdown,
    Target,
    Rating,
    Provisional,
}
