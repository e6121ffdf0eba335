using System.Text;
using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Html.Content;

/// <summary>
/// The <c>id</c> of every heading of a document: its anchor's name (reduced to letters, digits, <c>-</c> and <c>_</c>,
/// so that it is safe in an attribute and in a <c>#</c> link), or <c>section-N</c> for a heading without one, each
/// unique. Links and page references to an anchor go to the same id.
/// </summary>
internal sealed class ElementIds
{
    private readonly Dictionary<Heading, string> _headings = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _anchors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal) { PageWriter.MainId };

    private ElementIds()
    {
    }

    /// <summary>The ids of <paramref name="headings"/>, in document order.</summary>
    public static ElementIds For(IReadOnlyList<Heading> headings)
    {
        var ids = new ElementIds();
        foreach (var heading in headings.Where(h => h.Anchor is not null))
        {
            if (!ids._anchors.ContainsKey(heading.Anchor!))
            {
                ids._anchors[heading.Anchor!] = ids.Unique(Reduce(heading.Anchor!));
            }

            ids._headings[heading] = ids._anchors[heading.Anchor!];
        }

        var number = 0;
        foreach (var heading in headings.Where(h => h.Anchor is null))
        {
            string id;
            do
            {
                id = $"section-{++number}";
            }
            while (ids._used.Contains(id));

            ids._used.Add(id);
            ids._headings[heading] = id;
        }

        return ids;
    }

    /// <summary>The id of <paramref name="heading"/>.</summary>
    public string Of(Heading heading) => _headings[heading];

    /// <summary>The id the anchor <paramref name="anchor"/> names, or <see langword="null"/> when no heading has it.</summary>
    public string? OfAnchor(string anchor) => _anchors.GetValueOrDefault(anchor);

    private string Unique(string id)
    {
        var candidate = id;
        for (var n = 2; !_used.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }

    private static string Reduce(string anchor)
    {
        var id = new StringBuilder();
        foreach (var c in anchor)
        {
            id.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' ? c : '-');
        }

        return id.Length == 0 || !char.IsAsciiLetter(id[0]) ? "a-" + id : id.ToString();
    }
}
