using ReportGen.Core.Periods;

namespace ReportGen.Ingest.Extracts;

/// <summary>The counts of one record-level entry of a project's <c>data:</c>, for tools that want them without building a pack.</summary>
public sealed class RecordCountTable
{
    private readonly RecordTally _tally;
    private readonly Dictionary<string, int> _nodes;
    private readonly Dictionary<string, int> _groups;

    internal RecordCountTable(RecordTally tally)
    {
        _tally = tally;
        var nodes = tally.Spec.Categories.Nodes;
        _nodes = nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _groups = tally.GroupsInOrder.ToDictionary(i => tally.Groups[i], i => i, StringComparer.Ordinal);
        Categories = nodes.Select(n => new RecordCategory(n.Id, n.Values.Select(v => v.Text).ToArray(), n.Parts.Select(p => p.Text).ToArray())).ToArray();
        Groups = tally.GroupsInOrder.Select(i => tally.Groups[i]).ToArray();
        Months = tally.Grid.Months.Select(m => new YearMonth(m / 12, (m % 12) + 1)).ToArray();
    }

    /// <summary>The files read, as problems name them.</summary>
    public IReadOnlyList<string> Files => _tally.Files;

    /// <summary>Data rows read.</summary>
    public long Rows => _tally.Rows;

    /// <summary>Rows counted into a month: in a node, or as unmapped.</summary>
    public long Counted => _tally.Counted;

    /// <summary>Counted rows whose category no node maps.</summary>
    public long Unmapped => _tally.Unmapped.Sum(u => u.Count);

    /// <summary>Rows that could not be counted: a bad date, broken quotes, a wrong number of fields.</summary>
    public long Uncounted => _tally.Uncounted;

    /// <summary>How many of <see cref="Files"/> were counted on several threads.</summary>
    internal int FilesCountedInParallel => _tally.FilesCountedInParallel;

    /// <summary>The nodes of the hierarchy, in the order written.</summary>
    public IReadOnlyList<RecordCategory> Categories { get; }

    /// <summary>The breakdown groups, in ordinal order.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>The months that have records, in order.</summary>
    public IReadOnlyList<YearMonth> Months { get; }

    /// <summary>The count of node <paramref name="category"/> in <paramref name="month"/>, for <paramref name="group"/> or (null) the whole.</summary>
    public long Count(string category, YearMonth month, string? group = null)
    {
        if (!_nodes.TryGetValue(category, out var node))
        {
            throw new ArgumentException($"'{category}' is not a node of the hierarchy.", nameof(category));
        }

        var index = group is null ? -1 : _groups.TryGetValue(group, out var g) ? g : throw new ArgumentException($"'{group}' is not a breakdown group.", nameof(group));
        return _tally.Count(node, (month.Year * 12) + month.Month - 1, index);
    }
}
