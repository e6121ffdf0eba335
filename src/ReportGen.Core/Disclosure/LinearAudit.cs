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
/// this size does not happen in practice. It is deterministic either way, and fast enough to be run once for each
/// complement tried.
/// </remarks>
internal static class LinearAudit
{
    private const ulong Prime = (1UL << 61) - 1;

    /// <summary>The cells of <paramref name="candidates"/> that are hidden and can be worked out, in the order given.</summary>
    public static IReadOnlyList<int> Exposed(IReadOnlyList<Relation> relations, IReadOnlyList<bool> hidden, IEnumerable<int> candidates)
    {
        var column = new Dictionary<int, int>();
        var rows = new List<ulong[]>();
        foreach (var relation in relations)
        {
            foreach (var cell in relation.Cells.Where(c => hidden[c]))
            {
                column.TryAdd(cell, column.Count);
            }
        }

        foreach (var relation in relations)
        {
            if (!relation.Cells.Any(c => hidden[c]))
            {
                continue;
            }

            var row = new ulong[column.Count];
            if (hidden[relation.Total])
            {
                row[column[relation.Total]] = 1;
            }

            foreach (var part in relation.Parts.Where(p => hidden[p]))
            {
                row[column[part]] = Add(row[column[part]], Prime - 1);
            }

            rows.Add(row);
        }

        var pivotRow = Reduce(rows, column.Count);
        return [.. candidates.Where(c => hidden[c] && column.TryGetValue(c, out var col) && pivotRow[col] is { } r && Alone(rows[r], col))];
    }

    // Gauss-Jordan: each pivot column ends with one non-zero entry, in its pivot row. Returns each column's pivot row.
    private static int?[] Reduce(List<ulong[]> rows, int columns)
    {
        var pivotRow = new int?[columns];
        var next = 0;
        for (var col = 0; col < columns && next < rows.Count; col++)
        {
            var found = -1;
            for (var r = next; r < rows.Count; r++)
            {
                if (rows[r][col] != 0)
                {
                    found = r;
                    break;
                }
            }

            if (found < 0)
            {
                continue;
            }

            (rows[next], rows[found]) = (rows[found], rows[next]);
            var pivot = rows[next];
            Scale(pivot, Inverse(pivot[col]));
            for (var r = 0; r < rows.Count; r++)
            {
                if (r != next && rows[r][col] != 0)
                {
                    SubtractMultiple(rows[r], pivot, rows[r][col]);
                }
            }

            pivotRow[col] = next++;
        }

        return pivotRow;
    }

    private static bool Alone(ulong[] row, int col)
    {
        for (var c = 0; c < row.Length; c++)
        {
            if (c != col && row[c] != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void Scale(ulong[] row, ulong factor)
    {
        for (var c = 0; c < row.Length; c++)
        {
            row[c] = Multiply(row[c], factor);
        }
    }

    private static void SubtractMultiple(ulong[] row, ulong[] pivot, ulong factor)
    {
        for (var c = 0; c < row.Length; c++)
        {
            if (pivot[c] != 0)
            {
                row[c] = Add(row[c], Prime - Multiply(pivot[c], factor));
            }
        }
    }

    private static ulong Add(ulong a, ulong b)
    {
        var sum = a + b;
        return sum >= Prime ? sum - Prime : sum;
    }

    private static ulong Multiply(ulong a, ulong b) => (ulong)((UInt128)a * b % Prime);

    // Fermat: a^(p-2) is a's inverse modulo the prime.
    private static ulong Inverse(ulong a)
    {
        ulong result = 1, power = a;
        for (var e = Prime - 2; e > 0; e >>= 1)
        {
            if ((e & 1) == 1)
            {
                result = Multiply(result, power);
            }

            power = Multiply(power, power);
        }

        return result;
    }
}
