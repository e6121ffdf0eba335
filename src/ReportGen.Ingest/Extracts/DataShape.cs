namespace ReportGen.Ingest.Extracts;

/// <summary>The shape of a data file, as <c>shape:</c> in its <c>data:</c> entry names it.</summary>
internal enum DataShape
{
    /// <summary>A measures CSV (contract section 2): one figure per row. The default.</summary>
    Long,

    /// <summary>A wide table: a column per month.</summary>
    Wide,

    /// <summary>A record-level extract: a row per crime or incident.</summary>
    Records,
}
