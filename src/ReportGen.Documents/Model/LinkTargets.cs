namespace ReportGen.Documents.Model;

/// <summary>
/// Which addresses may become links in a pack: <c>http:</c>, <c>https:</c> and <c>mailto:</c> (in any case), and
/// anchors inside the pack (<c>#area-1</c>). Anything else (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>,
/// <c>file:</c>, an address without a scheme, one with spaces or control characters anywhere) is not a link.
/// Composition keeps such a link as text and warns; renderers check again and never emit one.
/// </summary>
public static class LinkTargets
{
    private static readonly string[] Schemes = ["http", "https", "mailto"];

    /// <summary>What may become a link, for messages.</summary>
    public const string Allowed = "http:, https: and mailto: addresses and links inside the pack (#anchor)";

    /// <summary>Whether <paramref name="url"/> (as the Markdown reader decoded it) may become a link.</summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Any(c => c <= ' ' || char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return false;
        }

        if (url[0] == '#')
        {
            return url.Length > 1;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Schemes.Contains(url[..colon], StringComparer.OrdinalIgnoreCase) && colon + 1 < url.Length;
    }
}
