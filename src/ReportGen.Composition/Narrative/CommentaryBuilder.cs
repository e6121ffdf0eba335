using System.Collections.ObjectModel;
using Markdig.Syntax;
using ReportGen.Composition;
using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;

namespace ReportGen.Composition.Narrative;

/// <summary>
/// Collects the indicator notes and narrative sections of a commentary file, refusing duplicates. Without
/// <paramref name="includeRestricted"/>, what is marked restricted is checked like the rest and then left out,
/// its key recorded in <see cref="Commentary.Withheld"/>.
/// </summary>
internal sealed class CommentaryBuilder(MarkdownSource source, bool includeRestricted, ProblemList problems)
{
    private readonly OrderedDictionary<string, IndicatorCommentary> _indicators = new(StringComparer.Ordinal);
    private readonly OrderedDictionary<string, NarrativeSection> _narrative = new(StringComparer.Ordinal);
    private readonly Dictionary<CommentaryPart, (string Text, int Line, bool Restricted, SourceLocation Start)> _parts = [];
    private readonly Dictionary<string, int> _seenIndicators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _seenNarrative = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _withheld = new(StringComparer.Ordinal);

    public void AddPart(string id, CommentaryPart part, string name, HeadingBlock heading, IReadOnlyList<Block> content, bool restricted)
    {
        if (_parts.TryGetValue(part, out var first))
        {
            problems.Error(source.At(heading), $"'## {name}' is given twice under '# {id}' (first at line {first.Line}); keep one");
            return;
        }

        if (content.Count == 0)
        {
            problems.Warning(source.At(heading), $"'## {name}' under '# {id}' has no text; write it or remove the heading");
            return;
        }

        _parts.Add(part, (source.Slice(content[0], content[^1]), heading.Line + 1, restricted, source.LineStart(content[0])));
    }

    public void CloseIndicator(string id, HeadingBlock heading, bool restricted)
    {
        if (!_seenIndicators.TryAdd(id, heading.Line + 1))
        {
            problems.Error(source.At(heading), $"'# {id}' is given twice (first at line {_seenIndicators[id]}); put all of {id}'s notes under one heading");
        }
        else if (restricted && !includeRestricted)
        {
            _withheld.Add(id);
        }
        else
        {
            string? Part(CommentaryPart part)
            {
                if (!_parts.TryGetValue(part, out var text))
                {
                    return null;
                }

                if (text.Restricted && !includeRestricted)
                {
                    _withheld.Add(Commentary.WithheldPart(id, part.ToString()));
                    return null;
                }

                return text.Text;
            }

            var starts = _parts.Where(p => !p.Value.Restricted || includeRestricted).ToDictionary(p => p.Key.ToString(), p => p.Value.Start, StringComparer.Ordinal);
            _indicators.Add(id, new IndicatorCommentary(id, Part(CommentaryPart.Highlight), Part(CommentaryPart.Commentary), Part(CommentaryPart.CorrectiveAction), source.At(heading))
            {
                TextStarts = starts,
            });
        }

        _parts.Clear();
    }

    public void AddNarrative(HeadingBlock heading, string title, IReadOnlyList<Block> content, bool restricted)
    {
        var key = title.Trim().ToLowerInvariant();
        if (!_seenNarrative.TryAdd(key, heading.Line + 1))
        {
            problems.Error(source.At(heading), $"'# {title}' is given twice (first at line {_seenNarrative[key]}); put the section under one heading");
            return;
        }

        if (restricted && !includeRestricted)
        {
            _withheld.Add(key);
            return;
        }

        var markdown = content.Count == 0 ? string.Empty : source.Slice(content[0], content[^1]);
        _narrative.Add(key, new NarrativeSection(key, title, markdown, source.At(heading))
        {
            TextStart = content.Count == 0 ? null : source.LineStart(content[0]),
        });
    }

    public Commentary Build() => new(
        new ReadOnlyDictionary<string, IndicatorCommentary>(_indicators),
        new ReadOnlyDictionary<string, NarrativeSection>(_narrative))
    {
        Withheld = _withheld,
    };
}
