using System.Text;

namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>
/// The text of the segment a line is collecting. While the words and spaces added lie side by side in one run's text
/// (the usual case) it is just where they start and end there, and the finished text is cut out once (or is the run's
/// own string); otherwise the pieces are copied into a buffer.
/// </summary>
internal sealed class SegmentText
{
    // Made the first time text does not lie side by side in one run, then kept for the next segments.
    StringBuilder? _buffer;
    string _source = string.Empty;
    int _start;
    int _length;
    bool _buffered;

    /// <summary>Starts again with <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>.</summary>
    public void Start(string source, int start, int length)
    {
        (_source, _start, _length, _buffered) = (source, start, length, false);
    }

    /// <summary>Starts again with a space, the run's own character at <paramref name="at"/> when it is one.</summary>
    public void StartSpace(string source, int at)
    {
        if (source[at] == ' ')
        {
            Start(source, at, 1);
        }
        else
        {
            Start(" ", 0, 1);
        }
    }

    /// <summary>Appends <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>.</summary>
    public void Append(string source, int start, int length)
    {
        if (!_buffered && ReferenceEquals(source, _source) && start == _start + _length)
        {
            _length += length;
            return;
        }

        Buffer().Append(source, start, length);
    }

    /// <summary>Appends a space, taking the run's own character when it is one (a tab or newline is drawn as a space).</summary>
    public void AppendSpace(string source, int at)
    {
        if (source[at] == ' ')
        {
            Append(source, at, 1);
        }
        else
        {
            Buffer().Append(' ');
        }
    }

    /// <summary>The text.</summary>
    public override string ToString() =>
        _buffered ? _buffer!.ToString()
        : _start == 0 && _length == _source.Length ? _source
        : _source.Substring(_start, _length);

    StringBuilder Buffer()
    {
        if (!_buffered)
        {
            _buffer ??= new StringBuilder(128);
            _buffer.Clear().Append(_source, _start, _length);
            _buffered = true;
        }

        return _buffer!;
    }
}
