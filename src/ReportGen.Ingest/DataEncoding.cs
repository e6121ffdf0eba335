namespace ReportGen.Ingest;

/// <summary>The text encoding of a data file, as <c>encoding:</c> in the project file names it.</summary>
public enum DataEncoding
{
    /// <summary>Not named: UTF-8 (with or without a byte order mark, or UTF-16 with one); bytes that are not UTF-8 are read as Windows-1252 with a warning.</summary>
    Detect,

    /// <summary><c>utf-8</c>: bytes that are not UTF-8 are an error.</summary>
    Utf8,

    /// <summary><c>windows-1252</c>: bytes that are not UTF-8 are read as Windows-1252 without a warning.</summary>
    Windows1252,
}
