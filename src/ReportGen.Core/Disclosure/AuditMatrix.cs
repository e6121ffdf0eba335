namespace ReportGen.Core.Disclosure;

/// <summary>
/// The sums restricted to the hidden cells, as a matrix modulo <see cref="ModularArithmetic.Prime"/> (a total +1, each
/// part −1), reduced by Gauss-Jordan on the hidden columns; further columns (candidate complements) are carried along
/// so that one reduction answers for all of them. See <see cref="LinearAudit"/>.
/// </summary>
internal sealed class AuditMatrix
{
    private readonly Dictionary<int, int> _column = [];
    private readonly List<ulong[]> _rows = [];
    private readonly int?[] _pivotRow;
    private readonly bool[] _pivoted;
    private readonly int _hiddenColumns;

    public AuditMatrix(IReadOnlyList<Relation> relations, IReadOnlyList<bool> hidden, IReadOnlyList<int> extra)
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
                    row[col] = ModularArithmetic.Add(row[col], ModularArithmetic.Prime - 1);
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
            var inverse = ModularArithmetic.Inverse(pivot[col]);
            nonZero.Clear();
            for (var c = 0; c < pivot.Length; c++)
            {
                if (pivot[c] != 0)
                {
                    pivot[c] = ModularArithmetic.Multiply(pivot[c], inverse);
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
                        row[c] = ModularArithmetic.Add(row[c], ModularArithmetic.Prime - ModularArithmetic.Multiply(pivot[c], factor));
                    }
                }
            }

            _pivotRow[col] = next;
            _pivoted[next++] = true;
        }
    }
}
