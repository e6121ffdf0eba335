using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// Finds the columns an extract's entry reads in a file's header, by name ignoring case and surrounding spaces. A
/// column the project file names but the file lacks is an error at the name in the project file; a required column
/// left to its default name is an error at the header. Both list the columns found.
/// </summary>
internal sealed class ExtractHeader(IReadOnlyList<string> names, string path, SourceLocation headerAt, ProblemList problems)
{
    private readonly Dictionary<int, string> _roles = [];

    /// <summary>Whether every column asked for so far was found.</summary>
    public bool Complete { get; private set; } = true;

    /// <summary>The header's names, trimmed.</summary>
    public IReadOnlyList<string> Names { get; } = names.Select(n => n.Trim()).ToArray();

    /// <summary>The index of <paramref name="column"/>, or -1 when the file lacks it (an error when <paramref name="required"/> or named in the project file).</summary>
    /// <param name="column">The column.</param>
    /// <param name="role">What the column holds, for messages: date, category, year.</param>
    /// <param name="required">Whether the file must have it.</param>
    public int Find(ColumnName column, string role, bool required)
    {
        var matches = Enumerable.Range(0, Names.Count).Where(i => string.Equals(Names[i], column.Name, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (matches.Length > 1)
        {
            problems.Error(headerAt, $"the header names '{Excerpt.Of(column.Name)}' twice (columns {matches[0] + 1} and {matches[1] + 1}); rename one, so the {role} column is clear");
            Complete = false;
            return -1;
        }

        if (matches.Length == 1)
        {
            if (_roles.TryGetValue(matches[0], out var other))
            {
                problems.Error(column.Written ?? headerAt, $"the column '{Excerpt.Of(column.Name)}' is the {other} column, and cannot be the {role} column too; name another with columns: {{ {role}: … }}");
                Complete = false;
                return -1;
            }

            _roles.Add(matches[0], role);
            return matches[0];
        }

        if (column.Written is { } written)
        {
            problems.Error(written, $"{path} has no column '{Excerpt.Of(column.Name)}'{Suggestions.DidYouMean(column.Name, Names)}; the columns found are {Found}");
            Complete = false;
        }
        else if (required)
        {
            problems.Error(headerAt, $"the header has no '{Excerpt.Of(column.Name)}' column; name the {role} column in reportgen.yaml with columns: {{ {role}: … }}; the columns found are {Found}");
            Complete = false;
        }

        return -1;
    }

    /// <summary>The names of the columns no role reads.</summary>
    public IEnumerable<string> Unread => Names.Where((_, i) => !_roles.ContainsKey(i));

    /// <summary>Whether field <paramref name="index"/> is read.</summary>
    public bool IsRead(int index) => _roles.ContainsKey(index);

    /// <summary>Marks field <paramref name="index"/> as read for <paramref name="role"/> (a month column of a wide table).</summary>
    public void Claim(int index, string role) => _roles.TryAdd(index, role);

    private string Found => string.Join(", ", Names.Select(n => $"'{Excerpt.Of(n)}'"));
}
