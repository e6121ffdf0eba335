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
    private const ulong Prime = (1UL << 61) - 1;

    /// <summary>The cells of <paramref name="candidates"/> that are hidden and can be worked out, in the order given.</summary>
    public static IReadOnlyList<int> Exposed(IReadOnlyList<Relation> relations, IReadOnlyList<bool> hidden, IEnumerable<int> candidates)
    {
        var matrix = new Matrix(relations, hidden, []);
        return [.. candidates.Where(c => hidden[c] && matrix.Determined(c))];
    }

    /// <summary>
    /// Which of the shown <paramref name="candidates"/> would, hidden alone, stop <paramref name="exposed"/> being worked
    /// out. Hiding c adds its column a_c; the exposed cell x stays determined unless a_c lies in the column space of
    /// the hidden cells' matrix A with a solution of A z = a_c that has z_x ≠ 0. One reduction of [A | candidates]
    /// answers it for every candidate at once.
    /// </summary>
    public static IReadOnlySet<int> Protectors(IReadOnlyList<Relation> relations, IReadOnlyList<bool> hidden, int exposed, IReadOnlyList<int> candidates)
    {
        var matrix = new Matrix(relations, hidden, candidates);
        return candidates.Where(c => matrix.Protects(c, exposed)).ToHashSet();
    }

    private sealed class Matrix
    {
        private readonly Dictionary<int, int> _column = [];
        private readonly List<ulong[]> _rows = [];
        private readonly int?[] _pivotRow;
        private readonly bool[] _pivoted;
        private readonly int _hiddenColumns;

        public Matrix(IReadOnlyList<Relation> relations, IReadOnlyList<bool> hidden, IReadOnlyList<int> extra)
        {
            foreach (var cell in relations.SelectMany(r => r.Cells).Where(c => hidden[c]))
            {
                _column.TryAdd(cell, _column.Count);
            }

            _hiddenColumns = _column.Count;
            foreach (var cell in extra)
            {
                _column.TryAdd(cell, _column.Count);
            }

            foreach (var relation in relations.Where(r => r.Cells.Any(_column.ContainsKey)))
            {
                var row = new ulong[_column.Count];
                if (_column.TryGetValue(relation.Total, out var total))
                {
                    row[total] = 1;
                }

                foreach (var part in relation.Parts)
                {
                    if (_column.TryGetValue(part, out var col))
                    {
                        row[col] = Add(row[col], Prime - 1);
                    }
                }

                _rows.Add(row);
            }

            _pivotRow = new int?[_hiddenColumns];
            _pivoted = new bool[_rows.Count];
            Reduce();
        }

        /// <summary>Whether hidden <paramref name="cell"/> is alone in its pivot row among the hidden columns.</summary>
        public bool Determined(int cell) =>
            _column.TryGetValue(cell, out var col) && col < _hiddenColumns && _pivotRow[col] is { } r && Alone(_rows[r], col);

        public bool Protects(int candidate, int exposed)
        {
            if (!_column.TryGetValue(candidate, out var col) || !Determined(exposed))
            {
                return false;
            }

            for (var r = 0; r < _rows.Count; r++)
            {
                if (!_pivoted[r] && _rows[r][col] != 0)
                {
                    return false;
                }
            }

            return _rows[_pivotRow[_column[exposed]]!.Value][col] != 0;
        }

        private bool Alone(ulong[] row, int col)
        {
            for (var c = 0; c < _hiddenColumns; c++)
            {
                if (c != col && row[c] != 0)
                {
                    return false;
                }
            }

            return true;
        }

        // Gauss-Jordan on the hidden columns only; the extra columns are carried along.
        private void Reduce()
        {
            var next = 0;
            var nonZero = new List<int>();
            for (var col = 0; col < _hiddenColumns && next < _rows.Count; col++)
            {
                var found = -1;
                for (var r = next; r < _rows.Count; r++)
                {
                    if (_rows[r][col] != 0)
                    {
                        found = r;
                        break;
                    }
                }

                if (found < 0)
                {
                    continue;
                }

                (_rows[next], _rows[found]) = (_rows[found], _rows[next]);
                var pivot = _rows[next];
                var inverse = Inverse(pivot[col]);
                nonZero.Clear();
                for (var c = 0; c < pivot.Length; c++)
                {
                    if (pivot[c] != 0)
                    {
                        pivot[c] = Multiply(pivot[c], inverse);
                        nonZero.Add(c);
                    }
                }

                for (var r = 0; r < _rows.Count; r++)
                {
                    var row = _rows[r];
                    if (r != next && row[col] is var factor and not 0)
                    {
                        foreach (var c in nonZero)
                        {
                            row[c] = Add(row[c], Prime - Multiply(pivot[c], factor));
                        }
                    }
                }

                _pivotRow[col] = next;
                _pivoted[next++] = true;
            }
        }
    }

    private static ulong Add(ulong a, ulong b)
    {
        var sum = a + b;
        return sum >= Prime ? sum - Prime : sum;
    }

    // a·b mod 2^61 − 1 without division: the high bits fold back onto the low ones (2^61 ≡ 1).
    private static ulong Multiply(ulong a, ulong b)
    {
        var high = Math.BigMul(a, b, out var low);
        var folded = (low & Prime) + ((low >> 61) | (high << 3));
        folded = (folded & Prime) + (folded >> 61);
        return folded >= Prime ? folded - Prime : folded;
    }

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
