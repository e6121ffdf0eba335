using Markdig;
using Markdig.Syntax;
using ReportGen.Composition;
using ReportGen.Composition.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;

namespace ReportGen.Composition.Narrative;

/// <summary>
/// Reads a commentary file: each level-1 heading equal to an indicator id starts that indicator's notes (level-2
/// headings Commentary, Corrective action, Highlight); any other level-1 heading starts a narrative section.
/// Texts are kept verbatim as Markdown. A heading ending <c>(restricted)</c> marks what it heads as restricted: it is
/// read and checked in every edition, and left out of the public one.
/// </summary>
internal sealed class CommentaryParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    private static readonly (string Name, CommentaryPart Part)[] PartNames =
    [
        ("Commentary", CommentaryPart.Commentary), ("Corrective action", CommentaryPart.CorrectiveAction), ("Highlight", CommentaryPart.Highlight),
    ];

    private readonly MarkdownSource _source;
    private readonly IReadOnlyCollection<string> _ids;
    private readonly ProblemList _problems;
    private readonly CommentaryBuilder _builder;
    private readonly List<Block> _content = [];
    private HeadingBlock? _section;
    private string _sectionTitle = string.Empty;
    private bool _sectionRestricted;
    private string? _indicator;
    private HeadingBlock? _part;
    private bool _strayReported;

    private CommentaryParser(string text, string path, IReadOnlyCollection<string> ids, bool includeRestricted, ProblemList problems)
    {
        _source = new MarkdownSource(text, path);
        _ids = ids;
        _problems = problems;
        _builder = new CommentaryBuilder(_source, includeRestricted, problems);
    }

    /// <summary>The commentary in <paramref name="text"/>, read from the file named <paramref name="path"/>.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="path">The file's path, for messages.</param>
    /// <param name="ids">The defined indicators' ids.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="includeRestricted">Whether to keep what is marked restricted (the restricted edition) or leave it out (the public one).</param>
    public static Commentary Parse(string text, string path, IReadOnlyCollection<string> ids, ProblemList problems, bool includeRestricted = true)
    {
        var parser = new CommentaryParser(text, path, ids, includeRestricted, problems);
        if (MarkdownDepth.TryParse(text, Pipeline, out var deepLine) is not { } document)
        {
            problems.Error(new SourceLocation(path, deepLine), MarkdownDepth.Message);
            return Commentary.Empty;
        }

        foreach (var block in document)
        {
            parser.Visit(block);
        }

        parser.CloseSection();
        var refused = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (address, inline) in RefusedLinks.In(document))
        {
            problems.Warning(new SourceLocation(path, inline.Line + 1, inline.Column + 1), RefusedLinks.Message(address));
            refused.Add(address);
        }

        return parser._builder.Build() with { RefusedLinks = refused };
    }

    private void Visit(Block block)
    {
        if (block is HeadingBlock { Level: 1 } heading)
        {
            CloseSection();
            OpenSection(heading);
        }
        else if (block is HeadingBlock { Level: 2 } part && _indicator is not null)
        {
            ClosePart();
            _part = part;
        }
        else if (block is HtmlBlock { Type: HtmlBlockType.Comment } && _section is null)
        {
            // A comment before the first heading (a note to fellow analysts) is allowed.
        }
        else if (_section is null || (_indicator is not null && _part is null))
        {
            ReportStray(block);
        }
        else
        {
            _content.Add(block);
        }
    }

    private void OpenSection(HeadingBlock heading)
    {
        _section = heading;
        _strayReported = false;
        var text = RestrictedMark.Strip(_source.HeadingText(heading), out _sectionRestricted);
        _sectionTitle = text;
        if (text.Length == 0)
        {
            _problems.Error(_source.At(heading), "this heading is empty; write an indicator id (# CSP1) or a section title (# Financial implications)");
            _section = null;
            _strayReported = true;
            return;
        }

        _indicator = _ids.Contains(text, StringComparer.Ordinal) ? text : null;
        if (_indicator is null && !text.Contains(' ', StringComparison.Ordinal) && Suggestions.Closest(text, _ids) is { } match)
        {
            _problems.Warning(_source.At(heading), $"'# {text}' is not an indicator id, so it is read as a narrative section; did you mean '# {match}'?");
        }
    }

    private void ReportStray(Block block)
    {
        if (_strayReported)
        {
            return;
        }

        _strayReported = true;
        _problems.Error(_source.At(block), _section is null
            ? "this text comes before the first heading; put it under a heading (# CSP1 for an indicator, # Financial implications for a section)"
            : $"this text under '# {_indicator}' is not under '## Commentary', '## Corrective action' or '## Highlight'; put it under one of them");
    }

    private void ClosePart()
    {
        if (_part is not null && _indicator is not null)
        {
            var name = RestrictedMark.Strip(_source.HeadingText(_part), out var restricted);
            var known = PartNames.Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Select(p => (CommentaryPart?)p.Part).FirstOrDefault();
            if (known is { } part)
            {
                _builder.AddPart(_indicator, part, name, _part, _content, restricted || _sectionRestricted);
            }
            else
            {
                var names = PartNames.Select(p => p.Name).ToArray();
                var hint = Suggestions.Closest(name, names) is { } match ? $"did you mean '## {match}'?" : "write '## Commentary', '## Corrective action' or '## Highlight'";
                _problems.Error(_source.At(_part), $"'## {name}' is not a part of an indicator's notes; {hint}");
            }
        }

        _part = null;
        _content.Clear();
    }

    private void CloseSection()
    {
        if (_indicator is not null)
        {
            ClosePart();
            _builder.CloseIndicator(_indicator, _section!, _sectionRestricted);
        }
        else if (_section is not null)
        {
            _builder.AddNarrative(_section, _sectionTitle, _content, _sectionRestricted);
        }

        _section = null;
        _indicator = null;
        _content.Clear();
    }
}
