namespace ReportGen.Pipeline.Packs;

/// <summary>
/// <c>reportgen build --for-each borough</c>: a pack for each group of a breakdown of the data, each in a folder of
/// its own under the output folder (docs/scheduled-packs.md).
/// </summary>
/// <param name="Breakdown">The breakdown's name: the data's column that holds the groups (<c>borough</c>), in any case.</param>
public sealed record PackRequest(string Breakdown)
{
    /// <summary>Only these groups (<c>--only Havering,Redbridge</c>); none for every group.</summary>
    public IReadOnlyList<string>? Only { get; init; }

    /// <summary>Only this shard's packs (<c>--shard 2/4</c>); none for all of them.</summary>
    public Shard? Shard { get; init; }

    /// <summary>How many packs to build at once at most; none for one per processor. The output is the same either way.</summary>
    public int? MaxParallel { get; init; }

    /// <summary>
    /// The command line each pack's own manifest records: the run's, without <c>--only</c> and <c>--shard</c> (which
    /// choose packs, never what is in one), so that a pack is the same bytes whichever run or shard built it.
    /// </summary>
    internal static IReadOnlyList<string>? PackCommandLine(IReadOnlyList<string>? commandLine)
    {
        if (commandLine is null)
        {
            return null;
        }

        var kept = new List<string>();
        for (var i = 0; i < commandLine.Count; i++)
        {
            var token = commandLine[i];
            if (token is "--only" or "--shard")
            {
                i++;
                continue;
            }

            if (!token.StartsWith("--only=", StringComparison.Ordinal) && !token.StartsWith("--shard=", StringComparison.Ordinal)
                && !token.StartsWith("--only:", StringComparison.Ordinal) && !token.StartsWith("--shard:", StringComparison.Ordinal))
            {
                kept.Add(token);
            }
        }

        return kept;
    }
}
