using System.Collections.ObjectModel;
using Markdig.Syntax;
using ReportGen.Core.Diagnostics;
using ReportGen.Documents.Composition;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Markdown;

/// <summary>Collects the indicator notes and narrative sections of a commentary file, refusing duplicates.</summary>
internal sealed class CommentaryBuilder(MarkdownSource source, ProblemList problems)
{
    private readonly OrderedDictionary<string, IndicatorCommentary> _indicators = new(StringComparer.Ordinal);
    private readonly OrderedDictionary<string, NarrativeSection> _narrative = new(StringComparer.Ordinal);
    private readonly Dictionary<CommentaryPart, (string Text, int Line)> _parts = [];

    public void AddPart(string id, HeadingBlock section, CommentaryPart part, HeadingBlock heading, IReadOnlyList<Block> content)
    {
        var name = source.HeadingText(heading);
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

        _parts.Add(part, (source.Slice(content[0], content[^1]), heading.Line + 1));
    }

    public void CloseIndicator(string id, HeadingBlock heading)
    {
        if (_indicators.TryGetValue(id, out var first))
        {
            problems.Error(source.At(heading), $"'# {id}' is given twice (first at line {first.Location.Line}); put all of {id}'s notes under one heading");
        }
        else
        {
            string? Part(CommentaryPart part) => _parts.TryGetValue(part, out var text) ? text.Text : null;
            _indicators.Add(id, new IndicatorCommentary(id, Part(CommentaryPart.Highlight), Part(CommentaryPart.Commentary), Part(CommentaryPart.CorrectiveAction), source.At(heading)));
        }

        _parts.Clear();
    }

    public void AddNarrative(HeadingBlock heading, IReadOnlyList<Block> content)
    {
        var title = source.HeadingText(heading);
        var key = title.Trim().ToLowerInvariant();
        if (_narrative.TryGetValue(key, out var first))
        {
            problems.Error(source.At(heading), $"'# {title}' is given twice (first at line {first.Location.Line}); put the section under one heading");
            return;
        }

        var markdown = content.Count == 0 ? string.Empty : source.Slice(content[0], content[^1]);
        _narrative.Add(key, new NarrativeSection(key, title, markdown, source.At(heading)));
    }

    public Commentary Build() => new(
        new ReadOnlyDictionary<string, IndicatorCommentary>(_indicators),
        new ReadOnlyDictionary<string, NarrativeSection>(_narrative));
}
