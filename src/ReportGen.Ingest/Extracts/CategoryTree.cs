using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// A record-level extract's category hierarchy, checked: every part names a node, no node is part of itself, every
/// category value is mapped to one node, and no node counts a node twice (through two of its parts). Values are
/// matched trimmed and ignoring case.
/// </summary>
internal sealed class CategoryTree
{
    private readonly Dictionary<string, int> _nodeByValue;

    private CategoryTree(IReadOnlyList<CategoryNode> nodes, Dictionary<string, int> nodeByValue, int[][] members)
    {
        Nodes = nodes;
        _nodeByValue = nodeByValue;
        Members = members;
    }

    /// <summary>The nodes, in the order written.</summary>
    public IReadOnlyList<CategoryNode> Nodes { get; }

    /// <summary>For each node, the nodes whose own values its count adds up: itself and every node below it, each once.</summary>
    public IReadOnlyList<int[]> Members { get; }

    /// <summary>Every mapped value, as written.</summary>
    public IEnumerable<string> Values => Nodes.SelectMany(n => n.Values.Select(v => v.Text));

    /// <summary>The index of the node <paramref name="value"/> is mapped to, or -1.</summary>
    public int NodeOf(string value) => _nodeByValue.GetValueOrDefault(value.Trim(), -1);

    /// <summary>The hierarchy of <paramref name="nodes"/>, or <see langword="null"/> when a check fails (each failure an error).</summary>
    public static CategoryTree? Build(IReadOnlyList<CategoryNode> nodes, ProblemList problems)
    {
        var errors = problems.All.Count(p => p.Severity == Severity.Error);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            index.TryAdd(nodes[i].Id, i);
        }

        var byValue = MapValues(nodes, problems);
        var parts = ResolveParts(nodes, index, problems);
        var cycles = new CycleFinder(nodes, parts, problems).HasCycle();
        var members = cycles ? [] : Expand(nodes, parts, problems);
        return problems.All.Count(p => p.Severity == Severity.Error) == errors ? new CategoryTree(nodes, byValue, members) : null;
    }

    private static Dictionary<string, int> MapValues(IReadOnlyList<CategoryNode> nodes, ProblemList problems)
    {
        var byValue = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var first = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < nodes.Count; i++)
        {
            foreach (var value in nodes[i].Values)
            {
                if (byValue.TryGetValue(value.Text, out var other))
                {
                    var at = first[value.Text];
                    var where = other == i ? "twice to " + nodes[i].Id : $"to {nodes[other].Id} and to {nodes[i].Id}";
                    problems.Error(value.At, $"the category '{Excerpt.Of(value.Text)}' is mapped {where} (first at {at.Path}:{at.Line}:{at.Column}); map each category to one node, and add nodes up with parts");
                    continue;
                }

                byValue.Add(value.Text, i);
                first.Add(value.Text, value.At);
            }
        }

        return byValue;
    }

    private static int[][] ResolveParts(IReadOnlyList<CategoryNode> nodes, Dictionary<string, int> index, ProblemList problems)
    {
        var parts = new int[nodes.Count][];
        for (var i = 0; i < nodes.Count; i++)
        {
            var resolved = new List<int>();
            foreach (var part in nodes[i].Parts)
            {
                if (!index.TryGetValue(part.Text, out var target))
                {
                    problems.Error(part.At, $"'{Excerpt.Of(part.Text)}' is not a node of 'categories'{Suggestions.DidYouMean(part.Text, index.Keys)}; list it as a node, such as {part.Text}: Category name");
                }
                else if (resolved.Contains(target))
                {
                    problems.Error(part.At, $"{nodes[i].Id} lists '{Excerpt.Of(part.Text)}' twice; list each part once");
                }
                else
                {
                    resolved.Add(target);
                }
            }

            parts[i] = [.. resolved];
        }

        return parts;
    }

    private static int[][] Expand(IReadOnlyList<CategoryNode> nodes, int[][] parts, ProblemList problems)
    {
        var members = new int[nodes.Count][];
        for (var i = 0; i < nodes.Count; i++)
        {
            var through = new Dictionary<int, int> { [i] = i };
            foreach (var part in parts[i])
            {
                foreach (var member in Below(part, parts))
                {
                    if (through.TryGetValue(member, out var earlier))
                    {
                        problems.Error(nodes[i].Location, $"{nodes[i].Id} counts {nodes[member].Id} twice, through {nodes[earlier].Id} and through {nodes[part].Id}; list each part once, below one branch");
                        break;
                    }

                    through.Add(member, part);
                }
            }

            members[i] = [.. through.Keys.Order()];
        }

        return members;
    }

    /// <summary>The node and every node below it (a node below two of its parts' branches is listed once per path).</summary>
    private static IEnumerable<int> Below(int node, int[][] parts)
    {
        yield return node;
        foreach (var part in parts[node])
        {
            foreach (var member in Below(part, parts))
            {
                yield return member;
            }
        }
    }
}
