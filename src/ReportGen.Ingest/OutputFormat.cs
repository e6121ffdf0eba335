namespace ReportGen.Ingest;

/// <summary>A format a report is built in (<c>formats:</c> in the project file).</summary>
public enum OutputFormat
{
    /// <summary><c>pdf</c>: an accessible PDF.</summary>
    Pdf,

    /// <summary><c>docx</c>: a Word document.</summary>
    Docx,

    /// <summary><c>html</c>: one self-contained, accessible web page.</summary>
    Html,

    /// <summary><c>json</c>: the results JSON.</summary>
    Json,

    /// <summary><c>csv</c>: the indicator results as a spreadsheet-friendly CSV (results.csv), formulas neutralised.</summary>
    Csv,

    /// <summary><c>xlsx</c>: the report's tables as a workbook, one table per sheet (docs/xlsx-output.md).</summary>
    Xlsx,
}
