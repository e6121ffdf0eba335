using System.Globalization;
using System.Text;
using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>
/// The Word bookmarks that stand for the document's anchors: one hidden bookmark per anchor name (<c>_Ref</c> and the
/// name's letters, digits and underscores, at most 40 characters, as Word allows), with counted ids, and the page
/// number a reference to it shows until Word updates the field.
/// </summary>
internal sealed class Bookmarks
{
    /// <summary>Word's longest bookmark name.</summary>
    private const int MaxLength = 40;

    private const string Prefix = "_Ref";

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);
    private readonly ReportDocument _document;
    private readonly Dictionary<string, int> _sectionOf = new(StringComparer.Ordinal);
    private int _ids;

    public Bookmarks(ReportDocument document)
    {
        _document = document;
        for (var i = 0; i < document.Sections.Count; i++)
        {
            foreach (var heading in Headings(document.Sections[i].Blocks))
            {
                if (heading.Anchor is { } anchor)
                {
                    _sectionOf.TryAdd(anchor, i);
                }
            }
        }
    }

    /// <summary>The bookmark standing for <paramref name="anchor"/>: the same name every time it is asked for.</summary>
    public string NameOf(string anchor)
    {
        if (_names.TryGetValue(anchor, out var known))
        {
            return known;
        }

        var clean = new StringBuilder(Prefix);
        foreach (var c in anchor)
        {
            clean.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        var name = clean.ToString()[..Math.Min(clean.Length, MaxLength)];
        for (var n = 2; !_taken.Add(name); n++)
        {
            var suffix = n.ToString(CultureInfo.InvariantCulture);
            name = clean.ToString()[..Math.Min(clean.Length, MaxLength - suffix.Length)] + suffix;
        }

        _names.Add(anchor, name);
        return name;
    }

    /// <summary>Whether a page reference asked for an anchor's page (<see cref="ExpectedPage"/>): the document has PAGEREF fields to update.</summary>
    public bool PageReferenced { get; private set; }

    /// <summary>The next bookmark id: 1, 2, … (0 is the last-page bookmark's).</summary>
    public string NextId() => (++_ids).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The page number a reference to <paramref name="anchor"/> shows until Word lays the pages out: the page a print
    /// layout found (<see cref="ReportDocument.ExpectedAnchorPages"/>), else the first page its section could start
    /// on (each section before it taking at least one page).
    /// </summary>
    public string ExpectedPage(string anchor)
    {
        PageReferenced = true;
        var page = _document.ExpectedAnchorPages is { } expected && expected.TryGetValue(anchor, out var found)
            ? found
            : _document.FirstPageNumber + _sectionOf.GetValueOrDefault(anchor);
        return page.ToString(CultureInfo.InvariantCulture);
    }

    private static IEnumerable<Heading> Headings(IEnumerable<Block> blocks) => blocks.SelectMany(block => block switch
    {
        Heading heading => [heading],
        Columns columns => columns.Items.SelectMany(c => Headings(c.Blocks)),
        _ => [],
    });
}
