namespace ReportGen.Core.Disclosure;

/// <summary>Cells joined by sums, with their sums: disclosure control works on each such group on its own.</summary>
internal sealed class SumComponent
{
    private readonly Dictionary<int, List<int>> _relationsOf = [];
    private readonly Dictionary<int, int[]> _distances = [];
    private readonly int _size;

    private SumComponent(IReadOnlyList<int> cells, IReadOnlyList<Relation> relations)
    {
        Cells = cells;
        Relations = relations;
        _size = cells.Count == 0 ? 0 : cells.Max() + 1;
        for (var r = 0; r < relations.Count; r++)
        {
            foreach (var cell in relations[r].Cells)
            {
                if (!_relationsOf.TryGetValue(cell, out var list))
                {
                    _relationsOf[cell] = list = [];
                }

                list.Add(r);
            }
        }
    }

    public IReadOnlyList<int> Cells { get; }

    public IReadOnlyList<Relation> Relations { get; }

    /// <summary>The groups of <paramref name="table"/>, in order of their first cell.</summary>
    public static IEnumerable<SumComponent> Of(CellTable table)
    {
        var parent = Enumerable.Range(0, table.Cells.Count).ToArray();
        int Find(int c)
        {
            while (parent[c] != c)
            {
                c = parent[c] = parent[parent[c]];
            }

            return c;
        }

        foreach (var relation in table.Relations)
        {
            foreach (var cell in relation.Parts)
            {
                parent[Find(cell)] = Find(relation.Total);
            }
        }

        var relationsByRoot = table.Relations.GroupBy(r => Find(r.Total)).ToDictionary(g => g.Key, g => g.ToList());
        return Enumerable.Range(0, table.Cells.Count)
            .GroupBy(Find)
            .Select(g => new SumComponent([.. g], relationsByRoot.GetValueOrDefault(g.Key) ?? []));
    }

    /// <summary>
    /// How many sums apart each cell is from <paramref name="from"/> (0 for itself), by cell index; <see cref="int.MaxValue"/>
    /// for a cell of another group. Worked out once for each cell.
    /// </summary>
    public int[] Distances(int from)
    {
        if (_distances.TryGetValue(from, out var known))
        {
            return known;
        }

        var distance = new int[_size];
        Array.Fill(distance, int.MaxValue);
        distance[from] = 0;
        var queue = new Queue<int>([from]);
        var seen = new bool[Relations.Count];
        while (queue.TryDequeue(out var cell))
        {
            foreach (var r in _relationsOf.GetValueOrDefault(cell) ?? [])
            {
                if (seen[r])
                {
                    continue;
                }

                // Breadth first: the first time a sum is reached is from its nearest cell, so each sum is read once.
                seen[r] = true;
                foreach (var next in Relations[r].Cells)
                {
                    if (distance[next] == int.MaxValue)
                    {
                        distance[next] = distance[cell] + 1;
                        queue.Enqueue(next);
                    }
                }
            }
        }

        _distances[from] = distance;
        return distance;
    }

    /// <summary>
    /// How hiding <paramref name="cell"/> changes the number of sums with exactly one hidden cell: each of its sums
    /// with none hidden gains one (+1), each with one loses it (−1).
    /// </summary>
    public int Singletons(int cell, int[] hiddenIn) =>
        (_relationsOf.GetValueOrDefault(cell) ?? []).Sum(r => hiddenIn[r] switch { 0 => 1, 1 => -1, _ => 0 });
}
