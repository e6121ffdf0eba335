namespace ReportGen.Ingest.Extracts;

/// <summary>
/// Record counts by month, breakdown group and category slot, growing only with those (never with the rows): a
/// row of cells per month that has records, each <c>groups × slots</c> wide. Months are kept as ordinals
/// (<c>year * 12 + month - 1</c>); group 0 is "no group".
/// </summary>
/// <param name="slots">How many category slots each group has.</param>
internal sealed class CountGrid(int slots)
{
    private readonly int _slots = slots;
    private readonly List<int[]> _rows = [];
    private readonly List<int> _monthOfRow = [];
    private int _first;
    private int[] _rowOf = [];
    private int _width = slots;

    /// <summary>The months that have at least one record, in order.</summary>
    public IEnumerable<int> Months => _monthOfRow.Order();

    /// <summary>Counts one record.</summary>
    public void Add(int month, int group, int slot) => Add(month, group, slot, 1);

    /// <summary>
    /// Adds every count of <paramref name="other"/> (with as many slots), its group <c>g</c> counted as group
    /// <c>groupOf[g]</c>; returns how many records went to group 0, "no group".
    /// </summary>
    public long AddAll(CountGrid other, IReadOnlyList<int> groupOf)
    {
        long ungrouped = 0;
        for (var r = 0; r < other._rows.Count; r++)
        {
            var cells = other._rows[r];
            for (var i = 0; i < cells.Length && i / other._slots < groupOf.Count; i++)
            {
                if (cells[i] != 0)
                {
                    var group = groupOf[i / other._slots];
                    Add(other._monthOfRow[r], group, i % other._slots, cells[i]);
                    ungrouped += group == 0 ? cells[i] : 0;
                }
            }
        }

        return ungrouped;
    }

    private void Add(int month, int group, int slot, int count)
    {
        var i = month - _first;
        var row = unchecked((uint)i) < (uint)_rowOf.Length ? _rowOf[i] : 0;
        if (row == 0)
        {
            row = AddMonth(month);
        }

        var cells = _rows[row - 1];
        var index = (group * _slots) + slot;
        if (index >= cells.Length)
        {
            Widen(index + 1);
            cells = _rows[row - 1];
        }

        cells[index] += count;
    }

    /// <summary>The count of <paramref name="month"/>, <paramref name="group"/> and <paramref name="slot"/>.</summary>
    public int Count(int month, int group, int slot)
    {
        var i = month - _first;
        var row = unchecked((uint)i) < (uint)_rowOf.Length ? _rowOf[i] : 0;
        var index = (group * _slots) + slot;
        return row == 0 || index >= _rows[row - 1].Length ? 0 : _rows[row - 1][index];
    }

    private int AddMonth(int month)
    {
        if (_rowOf.Length == 0)
        {
            _first = month;
            _rowOf = new int[1];
        }
        else if (month < _first || month >= _first + _rowOf.Length)
        {
            var first = Math.Min(month, _first);
            var last = Math.Max(month, _first + _rowOf.Length - 1);
            var rowOf = new int[last - first + 1];
            Array.Copy(_rowOf, 0, rowOf, _first - first, _rowOf.Length);
            (_first, _rowOf) = (first, rowOf);
        }

        _rows.Add(new int[_width]);
        _monthOfRow.Add(month);
        _rowOf[month - _first] = _rows.Count;
        return _rows.Count;
    }

    private void Widen(int needed)
    {
        while (_width < needed)
        {
            _width *= 2;
        }

        for (var r = 0; r < _rows.Count; r++)
        {
            var wider = new int[_width];
            _rows[r].CopyTo(wider, 0);
            _rows[r] = wider;
        }
    }
}
