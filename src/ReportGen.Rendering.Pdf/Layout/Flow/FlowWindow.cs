namespace ReportGen.Rendering.Pdf.Layout.Flow;

/// <summary>
/// Flow items read one at a time from a sequence that lays each block out only when it is asked for, with as many
/// items after the current one as placing it needs to see (what it is kept with). A block's measured lines are placed
/// and dropped before the blocks after what it is kept with are laid out, so they do not outlive the page they are on.
/// </summary>
internal sealed class FlowWindow(IEnumerable<FlowItem> items) : IDisposable
{
    readonly IEnumerator<FlowItem> _items = items.GetEnumerator();

    // Items read but not yet passed: the current one at _first.
    readonly List<FlowItem> _read = [];
    int _first;
    bool _ended;

    /// <summary>The item <paramref name="offset"/> places after the current one (0: the current one), or null past the end.</summary>
    public FlowItem? Peek(int offset)
    {
        while (_read.Count - _first <= offset && !_ended)
        {
            if (_items.MoveNext())
            {
                _read.Add(_items.Current);
            }
            else
            {
                _ended = true;
            }
        }

        return _first + offset < _read.Count ? _read[_first + offset] : null;
    }

    /// <summary>Moves past the current item.</summary>
    public void Next()
    {
        _first++;
        if (_first == _read.Count)
        {
            _read.Clear();
            _first = 0;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _items.Dispose();
}
