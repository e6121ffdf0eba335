namespace ReportGen.Composition.Narrative;

/// <summary>
/// A commentary heading marked restricted: <c># Intelligence picture (restricted)</c>, <c># CSP9 (restricted)</c>,
/// <c>## Corrective action (restricted)</c>. What it heads is left out of the public edition.
/// </summary>
internal static class RestrictedMark
{
    public const string Suffix = "(restricted)";

    /// <summary>The heading's text without the mark, and whether it had it.</summary>
    public static string Strip(string heading, out bool restricted)
    {
        restricted = heading.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);
        return restricted ? heading[..^Suffix.Length].TrimEnd() : heading;
    }
}
