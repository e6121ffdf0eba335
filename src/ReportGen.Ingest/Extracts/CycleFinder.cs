using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Extracts;

/// <summary>Finds the nodes of a category hierarchy that are parts of themselves, each cycle reported once, at the part that closes it.</summary>
internal sealed class CycleFinder(IReadOnlyList<CategoryNode> nodes, int[][] parts, ProblemList problems)
{
    private readonly int[] _state = new int[nodes.Count];
    private readonly List<int> _path = [];
    private bool _found;

    /// <summary>Whether any node is part of itself (each such cycle an error).</summary>
    public bool HasCycle()
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (_state[i] == 0)
            {
                Visit(i);
            }
        }

        return _found;
    }

    private void Visit(int node)
    {
        _state[node] = 1;
        _path.Add(node);
        for (var p = 0; p < parts[node].Length; p++)
        {
            var part = parts[node][p];
            if (_state[part] == 1)
            {
                var cycle = _path.Skip(_path.IndexOf(part)).Append(part).Select(n => nodes[n].Id);
                var at = nodes[node].Parts.First(w => w.Text == nodes[part].Id).At;
                problems.Error(at, $"{nodes[part].Id} is part of itself: {string.Join(" → ", cycle)}; a node's parts must be below it");
                _found = true;
            }
            else if (_state[part] == 0)
            {
                Visit(part);
            }
        }

        _path.RemoveAt(_path.Count - 1);
        _state[node] = 2;
    }
}
