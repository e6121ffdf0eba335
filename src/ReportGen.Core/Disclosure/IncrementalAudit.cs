namespace ReportGen.Core.Disclosure;

/// <summary>
/// The <see cref="LinearAudit"/> kept up to date as cells are hidden and shown one at a time, so that secondary
/// suppression need not reduce the whole system again after every step. Every sum of a group of cells is a row modulo
/// <see cref="ModularArithmetic.Prime"/> (a total +1, each part −1) over all of the group's cells, and the rows are kept
/// in Gauss-Jordan form on the hidden columns: each pivot row has a 1 in its pivot column and 0 in every other pivot
/// column, and a row without a pivot has 0 in every hidden column. Hiding a cell pivots at most once (on a row without
/// a pivot that has the cell); showing a pivot cell pivots at most once (its row moves to another hidden column). The
/// shown columns are carried along, so that a cell about to be hidden is already reduced.
/// </summary>
/// <remarks>
/// Whether a hidden cell can be worked out does not depend on which cells are pivots (the row space is the same), so
/// this gives exactly the answers of a reduction from scratch, whatever the order of the steps.
/// </remarks>
internal sealed class IncrementalAudit
{
    private readonly IList<bool> _hidden;
    private readonly Dictionary<int, int> _column = [];
    private readonly int[] _cellOf;
    private readonly ulong[][] _rows;
    private readonly int[] _pivotColumn;
    private readonly Dictionary<int, int> _pivotRow = [];
    private readonly bool[] _hiddenColumn;
    private readonly List<int> _nonZero = [];
    private readonly List<int> _touched = [];

    /// <summary>An audit of <paramref name="cells"/> and their <paramref name="relations"/>; it keeps <paramref name="hidden"/> in step.</summary>
    public IncrementalAudit(IReadOnlyList<int> cells, IReadOnlyList<Relation> relations, IList<bool> hidden)
    {
        _hidden = hidden;
        foreach (var cell in cells.Concat(relations.SelectMany(r => r.Cells)))
        {
            _column.TryAdd(cell, _column.Count);
        }

        _cellOf = new int[_column.Count];
        foreach (var (cell, col) in _column)
        {
            _cellOf[col] = cell;
        }

        _hiddenColumn = new bool[_column.Count];
        _rows = new ulong[relations.Count][];
        _pivotColumn = new int[relations.Count];
        for (var r = 0; r < relations.Count; r++)
        {
            var row = _rows[r] = new ulong[_column.Count];
            row[_column[relations[r].Total]] = 1;
            foreach (var part in relations[r].Parts)
            {
                row[_column[part]] = ModularArithmetic.Add(row[_column[part]], ModularArithmetic.Prime - 1);
            }

            _pivotColumn[r] = -1;
        }

        foreach (var (cell, col) in _column.Where(c => hidden[c.Key]).ToList())
        {
            _hiddenColumn[col] = true;
            Pivot(col);
        }
    }

    /// <summary>Whether <paramref name="cell"/> is hidden and can be worked out from the sums and the shown cells.</summary>
    public bool Determined(int cell)
    {
        if (!_hidden[cell] || !_column.TryGetValue(cell, out var col) || !_pivotRow.TryGetValue(col, out var r))
        {
            return false;
        }

        return FreeHidden(_rows[r], col) < 0;
    }

    /// <summary>The cells of <paramref name="candidates"/> that are hidden and can be worked out, in the order given.</summary>
    public IReadOnlyList<int> Exposed(IEnumerable<int> candidates) => [.. candidates.Where(Determined)];

    /// <summary>Hides <paramref name="cell"/>.</summary>
    public void Hide(int cell)
    {
        if (_hidden[cell])
        {
            return;
        }

        _hidden[cell] = true;
        if (_column.TryGetValue(cell, out var col))
        {
            _hiddenColumn[col] = true;
            Pivot(col);
        }
    }

    /// <summary>Shows <paramref name="cell"/> again.</summary>
    public void Show(int cell)
    {
        if (!_hidden[cell])
        {
            return;
        }

        _hidden[cell] = false;
        _touched.Clear();
        if (!_column.TryGetValue(cell, out var col))
        {
            return;
        }

        _hiddenColumn[col] = false;
        if (!_pivotRow.Remove(col, out var r))
        {
            // A free column: the rows that have it lose a hidden cell.
            for (var other = 0; other < _rows.Length; other++)
            {
                if (_rows[other][col] != 0)
                {
                    _touched.Add(other);
                }
            }

            return;
        }

        // Its row moves to a hidden column it has, if any (no other pivot's: the row has 0 there); else it has none
        // left, and no other row changes.
        _pivotColumn[r] = -1;
        if (FreeHidden(_rows[r], col) is var next and >= 0)
        {
            Eliminate(r, next);
        }
    }

    /// <summary>
    /// Shows <paramref name="cell"/> again unless that lets a cell of <paramref name="guarded"/> be worked out, and says
    /// whether it did. No guarded cell may be worked out before: then only the cells whose pivot rows the step
    /// changed can have become so, and only those are checked.
    /// </summary>
    public bool TryShow(int cell, IReadOnlySet<int> guarded)
    {
        if (!_hidden[cell])
        {
            return true;
        }

        Show(cell);
        foreach (var r in _touched)
        {
            if (_pivotColumn[r] is var col and >= 0 && guarded.Contains(_cellOf[col]) && FreeHidden(_rows[r], col) < 0)
            {
                Hide(cell);
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Which shown <paramref name="candidates"/> would, hidden alone, stop the hidden <paramref name="exposed"/> being
    /// worked out: a candidate whose reduced column has a non-zero in a row without a pivot would take that row as its
    /// own pivot and leave the others as they are; one that has none would be free, and frees every pivot whose row
    /// has it.
    /// </summary>
    public IReadOnlySet<int> Protectors(int exposed, IEnumerable<int> candidates)
    {
        if (!Determined(exposed))
        {
            return new HashSet<int>();
        }

        var row = _rows[_pivotRow[_column[exposed]]];
        return candidates.Where(c => !_hidden[c] && _column.TryGetValue(c, out var col) && row[col] != 0 && !Independent(col)).ToHashSet();
    }

    // Whether a row without a pivot is non-zero in the column: the column is not a combination of the hidden ones.
    private bool Independent(int col)
    {
        for (var r = 0; r < _rows.Length; r++)
        {
            if (_pivotColumn[r] < 0 && _rows[r][col] != 0)
            {
                return true;
            }
        }

        return false;
    }

    // A newly hidden column: pivots on the first row without a pivot that has it; if none, it is free.
    private void Pivot(int col)
    {
        for (var r = 0; r < _rows.Length; r++)
        {
            if (_pivotColumn[r] < 0 && _rows[r][col] != 0)
            {
                Eliminate(r, col);
                return;
            }
        }
    }

    // Makes (r, col) a pivot: scales row r to 1 there and clears the column from every other row.
    private void Eliminate(int r, int col)
    {
        var pivot = _rows[r];
        var inverse = ModularArithmetic.Inverse(pivot[col]);
        _nonZero.Clear();
        _touched.Clear();
        for (var c = 0; c < pivot.Length; c++)
        {
            if (pivot[c] != 0)
            {
                pivot[c] = ModularArithmetic.Multiply(pivot[c], inverse);
                _nonZero.Add(c);
            }
        }

        _touched.Add(r);
        for (var other = 0; other < _rows.Length; other++)
        {
            var row = _rows[other];
            if (other != r && row[col] is var factor and not 0)
            {
                _touched.Add(other);
                foreach (var c in _nonZero)
                {
                    row[c] = ModularArithmetic.Add(row[c], ModularArithmetic.Prime - ModularArithmetic.Multiply(pivot[c], factor));
                }
            }
        }

        _pivotColumn[r] = col;
        _pivotRow[col] = r;
    }

    // The first hidden column other than col where the row is non-zero, or −1. Pivot rows are 0 in other pivot columns,
    // so in a pivot row this finds a free column.
    private int FreeHidden(ulong[] row, int col)
    {
        for (var c = 0; c < row.Length; c++)
        {
            if (row[c] != 0 && _hiddenColumn[c] && c != col)
            {
                return c;
            }
        }

        return -1;
    }
}
