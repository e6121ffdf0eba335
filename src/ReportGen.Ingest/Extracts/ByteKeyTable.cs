using System.Buffers.Binary;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// A hash table from byte strings (a field's UTF-8 bytes) to numbers, looked up by span so that a value seen
/// before costs no allocation: a record-level extract repeats a few hundred category and borough names millions
/// of times. Open addressing with linear probing; keys are copied when added.
/// </summary>
internal sealed class ByteKeyTable
{
    private byte[]?[] _keys = new byte[]?[64];
    private int[] _hashes = new int[64];
    private int[] _values = new int[64];

    /// <summary>How many keys the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>Looks <paramref name="key"/> up.</summary>
    public bool TryGetValue(ReadOnlySpan<byte> key, out int value)
    {
        var hash = Hash(key);
        var mask = _keys.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var stored = _keys[i];
            if (stored is null)
            {
                value = 0;
                return false;
            }

            if (_hashes[i] == hash && key.SequenceEqual(stored))
            {
                value = _values[i];
                return true;
            }
        }
    }

    /// <summary>Adds <paramref name="key"/>, which must not be in the table yet.</summary>
    public void Add(ReadOnlySpan<byte> key, int value)
    {
        if ((Count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        Insert(key.ToArray(), Hash(key), value);
        Count++;
    }

    /// <summary>
    /// A cheap hash of the first and last eight bytes and the length: table keys are a few hundred distinct names, so
    /// quality matters less than speed, and equal keys are still compared in full.
    /// </summary>
    private static int Hash(ReadOnlySpan<byte> key)
    {
        ulong mixed;
        if (key.Length >= 8)
        {
            var head = BinaryPrimitives.ReadUInt64LittleEndian(key);
            var tail = BinaryPrimitives.ReadUInt64LittleEndian(key[^8..]);
            mixed = unchecked((head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)key.Length);
        }
        else
        {
            mixed = (ulong)key.Length;
            foreach (var b in key)
            {
                mixed = unchecked((mixed << 8) | b);
            }

            mixed = unchecked(mixed * 0x9E3779B97F4A7C15UL);
        }

        return (int)(unchecked(mixed ^ (mixed >> 29)) >> 33);
    }

    private void Insert(byte[] key, int hash, int value)
    {
        var mask = _keys.Length - 1;
        var i = hash & mask;
        while (_keys[i] is not null)
        {
            i = (i + 1) & mask;
        }

        _keys[i] = key;
        _hashes[i] = hash;
        _values[i] = value;
    }

    private void Grow()
    {
        var (keys, hashes, values) = (_keys, _hashes, _values);
        _keys = new byte[]?[keys.Length * 2];
        _hashes = new int[keys.Length * 2];
        _values = new int[keys.Length * 2];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key)
            {
                Insert(key, hashes[i], values[i]);
            }
        }
    }
}
