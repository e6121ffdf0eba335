using System.Numerics;

namespace ReportGen.Composition.Tests.Disclosure;

/// <summary>
/// What a reader knows from published sums of unknowns, written independently of ReportGen's own audit: each published
/// figure is a row of coefficients over the unknowns, and an unknown can be worked out exactly when its unit vector is
/// a combination of the rows (adding it leaves the rank as it was). Exact integer elimination, no rounding.
/// </summary>
internal sealed class LinearKnowledge(int unknowns)
{
    private readonly List<BigInteger[]> _rows = [];

    /// <summary>Records a published figure: the sum of the unknowns at <paramref name="indices"/> (each added once).</summary>
    public void Sum(IEnumerable<int> indices) => Combination(indices.Select(i => (i, 1)));

    /// <summary>Records a published figure: a signed combination of unknowns (a change is one less another).</summary>
    public void Combination(IEnumerable<(int Index, int Coefficient)> terms)
    {
        var row = new BigInteger[unknowns];
        foreach (var (index, coefficient) in terms)
        {
            row[index] += coefficient;
        }

        _rows.Add(row);
    }

    /// <summary>Whether the unknown at <paramref name="index"/> can be worked out from what was recorded.</summary>
    public bool Determines(int index)
    {
        var unit = new BigInteger[unknowns];
        unit[index] = 1;
        return Rank([.. _rows, unit]) == Rank(_rows);
    }

    private int Rank(List<BigInteger[]> source)
    {
        var rows = source.Select(r => (BigInteger[])r.Clone()).ToList();
        var rank = 0;
        for (var column = 0; column < unknowns && rank < rows.Count; column++)
        {
            var pivot = rows.FindIndex(rank, r => !r[column].IsZero);
            if (pivot < 0)
            {
                continue;
            }

            (rows[rank], rows[pivot]) = (rows[pivot], rows[rank]);
            for (var i = rank + 1; i < rows.Count; i++)
            {
                if (rows[i][column].IsZero)
                {
                    continue;
                }

                var (a, b) = (rows[rank][column], rows[i][column]);
                rows[i] = [.. rows[i].Zip(rows[rank], (x, y) => (x * a) - (y * b))];
                var gcd = rows[i].Aggregate(BigInteger.Zero, (g, x) => BigInteger.GreatestCommonDivisor(g, x));
                if (gcd > 1)
                {
                    rows[i] = [.. rows[i].Select(x => x / gcd)];
                }
            }

            rank++;
        }

        return rank;
    }
}
