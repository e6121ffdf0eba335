namespace ReportGen.Core.Disclosure;

/// <summary>
/// Which hidden cells the sums and the shown cells give away. A hidden cell can be worked out exactly when some
/// combination of the sums (subtracting, adding, chaining through totals and subtotals) leaves it alone with only
/// shown cells: in linear-algebra terms, when its unit vector lies in the row space of the sums restricted to the
/// hidden cells. The audit reduces that matrix (Gauss-Jordan) and reads the answer off the pivots.
/// </summary>
/// <remarks>
/// The arithmetic is exact modulo the prime 2^61 − 1 rather than over the rationals: the coefficients are 0 and ±1,
/// and a rank can differ from the rational one only if the prime divides a minor of the matrix, which for packs of
/// this size does not happen in practice. It is deterministic either way.
/// </remarks>
internal static class LinearAudit
{
    /// <summary>The cells of <paramref name="candidates"/> that are hidden and can be worked out, in the order given.</summary>
    public static IReadOnlyList<int> Exposed(IReadOnlyList<Relation> relations, IReadOnlyList<bool> hidden, IEnumerable<int> candidates)
    {
        return Reduced(relations, hidden).Exposed(candidates);
    }

    /// <summary>
    /// Which of the shown <paramref name="candidates"/> would, hidden alone, stop <paramref name="exposed"/> being worked
    /// out. Hiding c adds its column a_c; the exposed cell x stays determined unless a_c lies in the column space of
    /// the hidden cells' matrix A with a solution of A z = a_c that has z_x ≠ 0. One reduction of A with every column
    /// carried along answers it for every candidate at once.
    /// </summary>
    public static IReadOnlySet<int> Protectors(IReadOnlyList<Relation> relations, IReadOnlyList<bool> hidden, int exposed, IReadOnlyList<int> candidates)
    {
        return Reduced(relations, hidden).Protectors(exposed, candidates);
    }

    // A reduction from scratch (secondary suppression keeps one up to date instead).
    private static IncrementalAudit Reduced(IReadOnlyList<Relation> relations, IReadOnlyList<bool> hidden) =>
        new([], relations, hidden.ToArray());
}
