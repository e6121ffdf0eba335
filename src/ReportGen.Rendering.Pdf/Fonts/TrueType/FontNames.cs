using System.Text;

namespace ReportGen.Rendering.Pdf.Fonts.TrueType;

/// <summary>Reads a font's names from its 'name' table (OpenType specification, "Naming table").</summary>
internal static class FontNames
{
    const ushort FamilyId = 1;
    const ushort PostScriptId = 6;

    /// <summary>
    /// The font's PostScript name (name ID 6), else its family name (ID 1), cut down to the characters a
    /// PostScript name may hold (printable ASCII without spaces and <c>[](){}&lt;&gt;/%</c>) so it can be written
    /// as a PDF name as it is.
    /// </summary>
    public static string PostScriptName(FontTable? name)
    {
        if (name is { } table)
        {
            foreach (var id in (ReadOnlySpan<ushort>)[PostScriptId, FamilyId])
            {
                if (Clean(Find(table, id)) is { Length: > 0 } found)
                {
                    return found;
                }
            }
        }

        throw new InvalidDataException(
            "the font names neither its PostScript name (name ID 6) nor its family (name ID 1) in its 'name' table");
    }

    // The Windows Unicode name (US English first), else a Unicode-platform one, else the Macintosh Roman one.
    static string? Find(FontTable name, ushort id)
    {
        var count = name.UInt16(2);
        long storage = name.UInt16(4);
        name.Require(6 + (count * 12L), $"its {count} name records");
        (int Rank, long At, int Length, bool Wide)? best = null;
        for (var i = 0; i < count; i++)
        {
            var record = 6 + (i * 12L);
            if (name.UInt16(record + 6) != id)
            {
                continue;
            }

            var platform = name.UInt16(record);
            var encoding = name.UInt16(record + 2);
            var language = name.UInt16(record + 4);
            var rank = (platform, encoding) switch
            {
                (3, 1) when language == 0x409 => 0,
                (3, 1 or 10) => 1,
                (0, _) => 2,
                (1, 0) => 3,
                _ => -1,
            };
            if (rank >= 0 && (best is null || rank < best.Value.Rank))
            {
                best = (rank, storage + name.UInt16(record + 10), name.UInt16(record + 8), platform != 1);
            }
        }

        if (best is not { } chosen)
        {
            return null;
        }

        var bytes = name.Slice(chosen.At, chosen.Length);
        return chosen.Wide ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
    }

    static string Clean(string? name)
    {
        if (name is null)
        {
            return "";
        }

        var clean = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is > ' ' and <= '~' and not ('[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '/' or '%'))
            {
                clean.Append(c);
            }
        }

        return clean.Length > 127 ? clean.ToString(0, 127) : clean.ToString();
    }
}
