using System.Buffers.Binary;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// Reads dates with a <see cref="DatePattern"/>, remembering the dates it has read: an extract writes the same few
/// hundred dates (with different times) over millions of rows, and a date whose bytes are those of one read before
/// has its month without being read again. The result is always the pattern's own, whatever the order of the dates.
/// A small table of recent dates, placed by their first bytes; one reader per thread.
/// </summary>
internal sealed class DateReader(DatePattern pattern)
{
    private const int Slots = 64;
    private const int MaxLength = 24;

    private readonly byte[] _dates = new byte[Slots * MaxLength];
    private readonly int[] _lengths = new int[Slots];
    private readonly int[] _months = new int[Slots];

    /// <summary>Reads the month of the date in <paramref name="field"/>, as <see cref="DatePattern.TryReadMonth(ReadOnlySpan{byte}, out int)"/> does.</summary>
    public bool TryReadMonth(ReadOnlySpan<byte> field, out int ordinal)
    {
        var s = field.Trim(" \t"u8);
        var slot = Slot(s);

        // The same date bytes, then nothing or a time: the pattern stopped at the same place when it read them, and
        // the date's checks depend on its bytes alone.
        var length = _lengths[slot];
        if (length > 0 && s.StartsWith(_dates.AsSpan(slot * MaxLength, length)) && (s.Length == length || DatePattern.IsTime(s[length..])))
        {
            ordinal = _months[slot];
            return true;
        }

        if (!pattern.TryReadMonth(s, out ordinal, out length))
        {
            return false;
        }

        if (length is >= 8 and <= MaxLength && Slot(s[..length]) == slot)
        {
            s[..length].CopyTo(_dates.AsSpan(slot * MaxLength));
            (_lengths[slot], _months[slot]) = (length, ordinal);
        }

        return true;
    }

    /// <summary>The table slot of a date: from its first eight bytes (a whole date is at least eight).</summary>
    private static int Slot(ReadOnlySpan<byte> s) =>
        s.Length < 8 ? 0 : (int)(unchecked(BinaryPrimitives.ReadUInt64LittleEndian(s) * 0x9E3779B97F4A7C15UL) >> 58);
}
