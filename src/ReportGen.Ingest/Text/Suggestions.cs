namespace ReportGen.Ingest.Text;

/// <summary>"Did you mean …?" by edit distance (insertions, deletions, substitutions and swaps of neighbours).</summary>
public static class Suggestions
{
    /// <summary>
    /// The candidate closest to <paramref name="text"/>, ignoring case, if it is close enough to be a likely
    /// typo: one edit for short words, two for words of five letters or more.
    /// </summary>
    public static string? Closest(string text, IEnumerable<string> candidates)
    {
        var limit = text.Length >= 5 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(text.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>" did you mean 'x'?" or the empty string, to append to a message.</summary>
    public static string DidYouMean(string text, IEnumerable<string> candidates) =>
        Closest(text, candidates) is { } match ? $"; did you mean '{match}'?" : string.Empty;

    /// <summary>The optimal-string-alignment distance between two strings.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>Names quoted and joined for a message: <c>'a', 'b' or 'c'</c>.</summary>
    public static string OneOf(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => $"'{names[0]}'",
        _ => string.Join(", ", names.Take(names.Count - 1).Select(n => $"'{n}'")) + $" or '{names[^1]}'",
    };
}
