using System.Globalization;

namespace ReportGen.Pipeline.Packs;

/// <summary>
/// One of <see cref="Count"/> shards of a <c>--for-each</c> run (<c>--shard 2/4</c>), so that a CI matrix spreads the
/// packs over machines. The breakdown's groups, every one the data has, are sorted by their names (ordinal); the
/// group at index <c>i</c> (from 0) belongs to shard <c>i mod N + 1</c>. Every shard reads the same data, so each
/// group falls in exactly one shard whatever <c>--only</c> says, and the shards together build every pack once.
/// </summary>
/// <param name="Index">Which shard, from 1.</param>
/// <param name="Count">How many shards, 1 or more.</param>
public sealed record Shard(int Index, int Count)
{
    /// <summary>The most shards a run may be split into.</summary>
    public const int MaxCount = 1000;

    /// <summary>The name of this shard's run manifest: <c>manifest.shard-2-of-4.json</c>.</summary>
    public string ManifestName => $"manifest.shard-{Index.ToString(CultureInfo.InvariantCulture)}-of-{Count.ToString(CultureInfo.InvariantCulture)}.json";

    /// <summary><c>2/4</c> → shard 2 of 4; <see langword="null"/> when the text is not <c>K/N</c> with 1 ≤ K ≤ N ≤ <see cref="MaxCount"/>.</summary>
    public static Shard? Parse(string text)
    {
        var parts = text.Trim().Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count is >= 1 and <= MaxCount && index >= 1 && index <= count
            ? new Shard(index, count)
            : null;
    }

    /// <summary>Whether the group at <paramref name="sortedIndex"/> (from 0) among all of the breakdown's groups, sorted, is this shard's.</summary>
    public bool Holds(int sortedIndex) => sortedIndex % Count == Index - 1;

    /// <inheritdoc/>
    public override string ToString() => $"{Index.ToString(CultureInfo.InvariantCulture)}/{Count.ToString(CultureInfo.InvariantCulture)}";
}
