using System.Globalization;
using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// What the files of one record-level entry add up to: counts by month, breakdown group and category node, the
/// unmapped categories, and how many rows were read. Memory grows with months × groups × nodes, never with rows.
/// </summary>
internal sealed class RecordTally
{
    /// <summary>Group names beyond this many are an error: the column is more likely a reference than a breakdown.</summary>
    public const int MaxGroups = 5000;

    /// <summary>Distinct unmapped values beyond this many are counted together.</summary>
    public const int MaxUnmappedNames = 1000;

    private readonly Dictionary<string, int> _groupIndex = new(StringComparer.OrdinalIgnoreCase) { [string.Empty] = 0 };
    private readonly Dictionary<string, int> _unmappedIndex = new(StringComparer.OrdinalIgnoreCase);

    public RecordTally(RecordSpec spec)
    {
        Spec = spec;
        Grid = new CountGrid(spec.Categories.Nodes.Count + 1);
    }

    /// <summary>The entry.</summary>
    public RecordSpec Spec { get; }

    /// <summary>The counts; slot <see cref="UnmappedSlot"/> holds the records no node maps.</summary>
    public CountGrid Grid { get; }

    /// <summary>The category slot of unmapped records.</summary>
    public int UnmappedSlot => Spec.Categories.Nodes.Count;

    /// <summary>The breakdown groups by index, as first written; index 0 is "no group".</summary>
    public List<string> Groups { get; } = [string.Empty];

    /// <summary>The unmapped values, in the order first met.</summary>
    public List<UnmappedValue> Unmapped { get; } = [];

    /// <summary>The display paths of the files read.</summary>
    public List<string> Files { get; } = [];

    /// <summary>Data rows read (counted or not).</summary>
    public long Rows { get; set; }

    /// <summary>Data rows counted (in a category node or as unmapped).</summary>
    public long Counted { get; set; }

    /// <summary>Rows counted with no breakdown group.</summary>
    public long Ungrouped { get; set; }

    /// <summary>Whether a file had the breakdown column.</summary>
    public bool HasGroupColumn { get; set; }

    /// <summary>How many of the files were counted on several threads (<see cref="ParallelRecordCount"/>).</summary>
    public int FilesCountedInParallel { get; set; }

    /// <summary>Whether the group limit was passed (reported once).</summary>
    public bool TooManyGroups { get; set; }

    /// <summary>The index of group <paramref name="name"/> (trimmed; empty for none), added when new; -1 past <see cref="MaxGroups"/>.</summary>
    public int Group(string name)
    {
        if (_groupIndex.TryGetValue(name, out var index))
        {
            return index;
        }

        if (Groups.Count > MaxGroups)
        {
            return -1;
        }

        Groups.Add(name);
        _groupIndex.Add(name, Groups.Count - 1);
        return Groups.Count - 1;
    }

    /// <summary>Whether every one of <paramref name="names"/> (trimmed) can be added by <see cref="Group"/> without passing <see cref="MaxGroups"/>.</summary>
    public bool CanAddGroups(IEnumerable<string> names)
    {
        var count = Groups.Count;
        var added = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (_groupIndex.ContainsKey(name) || !added.Add(name))
            {
                continue;
            }

            if (count > MaxGroups)
            {
                return false;
            }

            count++;
        }

        return true;
    }

    /// <summary>The index in <see cref="Unmapped"/> of value <paramref name="name"/>, added when new.</summary>
    public int UnmappedValue(string name, SourceLocation at)
    {
        var key = Unmapped.Count >= MaxUnmappedNames && !_unmappedIndex.ContainsKey(name) ? "\0others" : name;
        if (!_unmappedIndex.TryGetValue(key, out var index))
        {
            Unmapped.Add(new UnmappedValue(key == name ? name : "(other values)", at));
            index = Unmapped.Count - 1;
            _unmappedIndex.Add(key, index);
        }

        return index;
    }

    /// <summary>Records not counted (bad dates, broken rows).</summary>
    public long Uncounted { get; set; }

    /// <summary>
    /// The count of node <paramref name="node"/> (its own values and every node below it) in <paramref name="month"/>
    /// (an ordinal), for group <paramref name="group"/>, or for the whole when it is -1.
    /// </summary>
    public long Count(int node, int month, int group)
    {
        var (from, to) = group < 0 ? (0, Groups.Count - 1) : (group, group);
        long total = 0;
        foreach (var member in Spec.Categories.Members[node])
        {
            for (var g = from; g <= to; g++)
            {
                total += Grid.Count(month, g, member);
            }
        }

        return total;
    }

    /// <summary>The group indexes other than "no group", in ordinal order of their names.</summary>
    public IEnumerable<int> GroupsInOrder => Enumerable.Range(1, Groups.Count - 1).OrderBy(i => Groups[i], StringComparer.Ordinal);

    /// <summary>Reports what the user must know about the whole entry: unmapped records and records with no group.</summary>
    public void Finish(ProblemList problems)
    {
        var unmapped = Unmapped.Sum(u => u.Count);
        if (unmapped > 0)
        {
            var values = Unmapped.OrderByDescending(u => u.Count).ThenBy(u => u.Name, StringComparer.Ordinal).ToArray();
            var listed = string.Join(", ", values.Take(10).Select(Describe));
            var more = values.Length > 10 ? $" and {values.Length - 10} other values" : string.Empty;
            var share = (double)unmapped / Rows;
            problems.Warning(Unmapped[0].First, $"{Number(unmapped)} of {Number(Rows)} records ({share.ToString("0.0%", CultureInfo.InvariantCulture)}) have a category that no node of 'categories' maps, so they are in no count: {listed}{more}; map them in reportgen.yaml if they belong in a count");
        }

        if (Ungrouped > 0 && HasGroupColumn && !TooManyGroups)
        {
            var records = Ungrouped == 1 ? "counted record has" : "counted records have";
            problems.Warning(Spec.Breakdown.Written ?? Spec.Location, $"{Number(Ungrouped)} {records} no '{Excerpt.Of(Spec.Breakdown.Name)}'; they count in the whole but in no group");
        }
    }

    private string Describe(UnmappedValue value)
    {
        var name = value.Name.Length == 0 ? "(blank)" : $"'{Excerpt.Of(value.Name)}'";
        var hint = value.Name.Length == 0 ? string.Empty : Suggestions.DidYouMean(value.Name, Spec.Categories.Values).Replace("; ", ", ", StringComparison.Ordinal);
        return $"{name} ({Number(value.Count)}, first at {value.First.Path}:{value.First.Line}{hint})";
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
