using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportGen.Ingest.Yaml;

/// <summary>
/// Reads YAML text into position-aware <see cref="YamlNode"/> trees from YamlDotNet's parser events, never
/// activating types: every explicit tag other than YAML's own (<c>!!str</c>, <c>!!int</c>…) is an error, and
/// aliases count every node they expand to, so an alias bomb ("billion laughs") stops at
/// <see cref="MaxNodes"/> instead of exhausting memory or time.
/// </summary>
internal sealed class YamlLoader
{
    /// <summary>The most nodes a document may have with its aliases expanded.</summary>
    public const int MaxNodes = 100_000;

    /// <summary>The deepest a document may nest.</summary>
    public const int MaxDepth = 100;

    private const string YamlTagPrefix = "tag:yaml.org,2002:";

    private static readonly HashSet<string> StandardTags = new(StringComparer.Ordinal)
    {
        "str", "int", "float", "bool", "null", "seq", "map",
    };

    private readonly string _path;
    private readonly ProblemList _problems;
    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private readonly Parser _parser;
    private int _count;
    private Mark _last;

    private YamlLoader(string text, string path, ProblemList problems)
    {
        _path = path;
        _problems = problems;
        _parser = new Parser(new StringReader(text));
    }

    /// <summary>
    /// The root node of each non-empty document of <paramref name="text"/>. A document with a syntax error,
    /// too many nodes or too deep a nesting gives nothing (with the error); the documents before it are kept.
    /// </summary>
    public static IReadOnlyList<YamlNode> Load(string text, string path, ProblemList problems) =>
        new YamlLoader(text, path, problems).Run();

    private List<YamlNode> Run()
    {
        var documents = new List<YamlNode>();
        try
        {
            while (Next())
            {
                if (_parser.Current is not DocumentStart)
                {
                    continue;
                }

                _anchors.Clear();
                _count = 0;
                Next();
                if (_parser.Current is DocumentEnd)
                {
                    continue;
                }

                if (ReadNode(0) is not { } root)
                {
                    return documents;
                }

                if (root is not YamlScalar { IsNull: true })
                {
                    documents.Add(root);
                }
            }
        }
        catch (YamlException e)
        {
            var message = e.Message.TrimEnd('.');
            message = message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : message;
            _problems.Error(At(e.Start), $"this is not valid YAML ({message}); check the indentation, colons and quotes here");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18.1 throws this instead of a syntax error for a flow list or map that is never closed.
            _problems.Error(At(_last), "this is not valid YAML (a bracket or quote is not closed); close every [, { and quote opened from here on");
        }

        return documents;
    }

    private YamlNode? ReadNode(int depth)
    {
        var current = _parser.Current!;
        if (current is AnchorAlias alias)
        {
            if (!_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                _problems.Error(At(alias.Start), $"'*{alias.Value.Value}' refers to no anchor; define '&{alias.Value.Value}' on a value before this alias");
                return null;
            }

            Next();
            return Count(target.Size, alias.Start) ? target : null;
        }

        if (depth > MaxDepth)
        {
            _problems.Error(At(current.Start), $"the YAML nests more than {MaxDepth} levels deep here; flatten it");
            return null;
        }

        var node = current as NodeEvent ?? throw new InvalidOperationException($"Unexpected YAML event {current.GetType().Name}.");
        CheckTag(node);
        if (!Count(1, node.Start))
        {
            return null;
        }

        YamlNode? result = node switch
        {
            Scalar scalar => ReadScalar(scalar),
            SequenceStart => ReadSequence(node, depth),
            MappingStart => ReadMapping(node, depth),
            _ => throw new InvalidOperationException($"Unexpected YAML event {node.GetType().Name}."),
        };

        if (result is not null && !node.Anchor.IsEmpty)
        {
            _anchors[node.Anchor.Value] = result;
        }

        return result;
    }

    private YamlScalar ReadScalar(Scalar scalar)
    {
        Next();
        return new YamlScalar(At(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain);
    }

    private YamlSequence? ReadSequence(NodeEvent start, int depth)
    {
        Next();
        var items = new List<YamlNode>();
        while (_parser.Current is not SequenceEnd)
        {
            if (ReadNode(depth + 1) is not { } item)
            {
                return null;
            }

            items.Add(item);
        }

        Next();
        return new YamlSequence(At(start.Start), items);
    }

    private YamlMapping? ReadMapping(NodeEvent start, int depth)
    {
        Next();
        var entries = new List<YamlEntry>();
        while (_parser.Current is not MappingEnd)
        {
            if (ReadNode(depth + 1) is not { } key || ReadNode(depth + 1) is not { } value)
            {
                return null;
            }

            if (key is not YamlScalar text)
            {
                _problems.Error(key.Location, $"a key here is {key.Kind}; keys must be plain text such as 'title'");
                continue;
            }

            var earlier = entries.Find(e => string.Equals(e.Key.Value, text.Value, StringComparison.Ordinal));
            if (earlier is not null)
            {
                _problems.Error(text.Location, $"'{text.Value}' is given twice (first at line {earlier.Key.Location.Line}); keep one of them");
                continue;
            }

            entries.Add(new YamlEntry(text, value));
        }

        Next();
        return new YamlMapping(At(start.Start), entries);
    }

    private void CheckTag(NodeEvent node)
    {
        if (node.Tag.IsEmpty)
        {
            return;
        }

        var tag = node.Tag.Value;
        if (tag.StartsWith(YamlTagPrefix, StringComparison.Ordinal))
        {
            var name = tag[YamlTagPrefix.Length..];
            if (StandardTags.Contains(name))
            {
                return;
            }

            tag = "!!" + name;
        }

        _problems.Error(At(node.Start), $"tags are not allowed ('{tag}'); remove the tag and write the plain value");
    }

    private bool Count(int nodes, Mark at)
    {
        _count += nodes;
        if (_count <= MaxNodes)
        {
            return true;
        }

        _problems.Error(At(at), $"the document has more than 100,000 values once its aliases are expanded (an alias bomb?); write the values out instead of nesting aliases");
        return false;
    }

    private bool Next()
    {
        if (_parser.Current is { } current)
        {
            _last = current.Start;
        }

        return _parser.MoveNext();
    }

    private SourceLocation At(Mark mark) => new(_path, (int)mark.Line, (int)mark.Column);
}
