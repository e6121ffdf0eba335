using ReportGen.Core.Diagnostics;
using ReportGen.Documents.Model;

namespace ReportGen.Composition;

/// <summary>
/// The anchors one document's headings define and the places that name them (<c>page</c> columns,
/// <c>[text](#name)</c> links), with where in the template each is, so that a name no heading defines, or one two
/// headings define, is a template problem at its line rather than a link that goes nowhere.
/// </summary>
internal sealed class AnchorNames
{
    private readonly Dictionary<string, SourceLocation> _defined = new(StringComparer.Ordinal);
    private readonly List<(string Name, SourceLocation Location)> _named = [];
    private readonly HashSet<(string Name, SourceLocation Location)> _reported = [];
    private readonly Dictionary<string, SourceLocation> _withheld = new(StringComparer.Ordinal);

    /// <summary>
    /// A heading at <paramref name="location"/> defines <paramref name="name"/>; a second heading may not (one problem
    /// per name and place, however many times a <c>for_each</c> section repeats the heading).
    /// </summary>
    public void Define(string name, SourceLocation location, List<Problem> problems)
    {
        if (Unlinkable(name) is { } why && _reported.Add((name, location)))
        {
            problems.Add(Problem.Error(location, $"the anchor '{name}' {why}"));
        }

        if (!_defined.TryAdd(name, location) && _reported.Add((name, location)))
        {
            var first = _defined[name] == location
                ? "the heading is repeated (for_each: goal); put the goal in its anchor, such as area-{{ goal.number }}"
                : $"the heading at {Where(_defined[name], location)} has it; give each heading its own";
            problems.Add(Problem.Error(location, $"the anchor '{name}' names two headings: {first}"));
        }
    }

    // A [text](#name) link ends its address at a space, so an anchor with one could be named by a page column but never
    // linked to; and '#' belongs to the link, not to the name.
    private static string? Unlinkable(string name) =>
        name.StartsWith('#') ? $"starts with '#'; write it without: anchor: {name.TrimStart('#')} (a link adds the #: [text](#{name.TrimStart('#')}))"
        : name.Any(char.IsWhiteSpace) ? $"has a space, so a [text](#name) link cannot name it; write - instead: {string.Join('-', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))} (in Liquid: | replace: ' ', '-')"
        : null;

    // Where another place of the template is, as seen from `from`: its line when in the same file.
    private static string Where(SourceLocation place, SourceLocation from) =>
        place.Path == from.Path && place.Line is { } line ? $"line {line}" : place.ToString();

    /// <summary>The heading at <paramref name="location"/> would define <paramref name="name"/>, but the edition left it out.</summary>
    public void Withhold(string name, SourceLocation location) => _withheld.TryAdd(name, location);

    /// <summary>The template text at <paramref name="location"/> names <paramref name="name"/>.</summary>
    public void Name(string name, SourceLocation location) => _named.Add((name, location));

    /// <summary>Notes every anchor <paramref name="blocks"/> name (links and page references), as at <paramref name="location"/>.</summary>
    public void NameAll(IEnumerable<Block> blocks, SourceLocation location)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading heading:
                    NameAll(heading.Content, location);
                    break;
                case Paragraph paragraph:
                    NameAll(paragraph.Content, location);
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        NameAll(item.Content, location);
                    }

                    break;
                case Table table:
                    NameAll(table.HeaderRows.Concat(table.BodyRows).SelectMany(r => r.Cells).SelectMany(c => c.Content), location);
                    break;
            }
        }
    }

    /// <summary>Notes every anchor <paramref name="inlines"/> name, as at <paramref name="location"/>.</summary>
    public void NameAll(IEnumerable<Inline> inlines, SourceLocation location)
    {
        foreach (var inline in inlines)
        {
            if (inline is AnchorLink { Anchor: var link })
            {
                Name(link, location);
            }
            else if (inline is PageReference { Anchor: var page })
            {
                Name(page, location);
            }
        }
    }

    /// <summary>
    /// A problem for each name no heading of the document defines (<paramref name="kept"/>: the anchors of the headings
    /// the edition kept), once per name and place, in the order they were named.
    /// </summary>
    public void Check(List<Problem> problems, IReadOnlySet<string> kept)
    {
        foreach (var (name, location) in _named.Distinct().Where(n => !kept.Contains(n.Name)))
        {
            if (_withheld.TryGetValue(name, out var heading) || _defined.TryGetValue(name, out heading))
            {
                // The heading is there in the template, but the public edition left it out (restricted, or all under it was).
                var at = Where(heading, location);
                problems.Add(Problem.Error(location, $"the anchor '{name}' is on a heading the public edition leaves out ({at}; it is restricted, or heads only restricted content); mark this block 'restricted: true' too, or name a heading the public edition keeps"));
                continue;
            }

            var shown = _defined.Keys.Where(kept.Contains).ToList();
            var known = shown.Count == 0
                ? "no heading has an anchor"
                : "the anchors are " + string.Join(", ", shown.Take(5).Select(k => $"'{k}'")) + (shown.Count > 5 ? " …" : string.Empty);
            problems.Add(Problem.Error(location, $"no heading has the anchor '{name}' ({known}); give the heading 'anchor: {name}', or name one of them"));
        }
    }
}
