using System.Numerics;
using ReportGen.Core.Disclosure;

namespace ReportGen.Core.Tests.Disclosure;

/// <summary>
/// The disclosure audit's question answered the plain way, to check the incremental audit against: the sums restricted
/// to the hidden cells form a dense matrix of integers, and a hidden cell can be worked out exactly when removing its
/// column lowers the matrix's rank (every solution of the sums with the shown cells fixed gives it the same value).
/// Exact rational elimination on <see cref="BigInteger"/>s: no modulus, no rounding, nothing kept between questions.
/// </summary>
internal static class DenseRankReference
{
    /// <summary>Whether hidden <paramref name="cell"/> can be worked out from the sums and the shown cells.</summary>
    public static bool Determined(IReadOnlyList<Relation> relations, IReadOnlyList<bool> hidden, int cell)
    {
        if (!hidden[cell])
        {
            return false;
        }

        var columns = Enumerable.Range(0, hidden.Count).Where(c => hidden[c]).ToList();
        return Rank(relations, columns) > Rank(relations, [.. columns.Where(c => c != cell)]);
    }

    /// <summary>The hidden cells that can be worked out, in order.</summary>
    public static IReadOnlyList<int> Exposed(IReadOnlyList<Relation> relations, IReadOnlyList<bool> hidden) =>
        [.. Enumerable.Range(0, hidden.Count).Where(c => Determined(relations, hidden, c))];

    private static int Rank(IReadOnlyList<Relation> relations, IReadOnlyList<int> columns)
    {
        var rows = relations.Select(relation =>
        {
            var row = new BigInteger[columns.Count];
            for (var j = 0; j < columns.Count; j++)
            {
                row[j] = (relation.Total == columns[j] ? 1 : 0) - relation.Parts.Count(p => p == columns[j]);
            }

            return row;
        }).ToList();

        var rank = 0;
        for (var column = 0; column < columns.Count && rank < rows.Count; column++)
        {
            var pivot = rows.FindIndex(rank, r => !r[column].IsZero);
            if (pivot < 0)
            {
                continue;
            }

            (rows[rank], rows[pivot]) = (rows[pivot], rows[rank]);
            for (var i = rank + 1; i < rows.Count; i++)
            {
                if (!rows[i][column].IsZero)
                {
                    var (a, b) = (rows[rank][column], rows[i][column]);
                    rows[i] = [.. rows[i].Zip(rows[rank], (x, y) => (x * a) - (y * b))];
                    var gcd = rows[i].Aggregate(BigInteger.Zero, BigInteger.GreatestCommonDivisor);
                    if (gcd > 1)
                    {
                        rows[i] = [.. rows[i].Select(x => x / gcd)];
                    }
                }
            }

            rank++;
        }

        return rank;
    }
}
