using System.Collections.Concurrent;
using System.Security.Cryptography;
using PdfSharp.Fonts;

namespace ReportGen.Rendering.Pdf.Fonts;

/// <summary>
/// The one PDFsharp font resolver of the process. It serves any number of <see cref="PdfFontSet"/>s, each under
/// a family key made of its name and a hash of its bytes, so two sets that share a name never share faces.
/// </summary>
internal sealed class FontSetResolver : IFontResolver
{
    readonly ConcurrentDictionary<string, PdfFontSet> _families = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    // Hashing a set's bytes (over a megabyte for Liberation Sans) is done once per set, not once per document.
    readonly System.Runtime.CompilerServices.ConditionalWeakTable<PdfFontSet, string> _names = [];

    /// <summary>Registers <paramref name="fonts"/> (again, harmlessly) and returns the family name to ask PDFsharp for.</summary>
    public string Add(PdfFontSet fonts)
    {
        var family = _names.GetValue(fonts, set => $"{set.Name} {Fingerprint(set)}");
        if (_families.TryAdd(family, fonts))
        {
            AddFace(family, "R", fonts.Regular);
            AddFace(family, "B", fonts.Bold);
            AddFace(family, "I", fonts.Italic);
            AddFace(family, "BI", fonts.BoldItalic);
        }

        return family;
    }

    /// <inheritdoc/>
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!_families.TryGetValue(familyName, out var fonts))
        {
            return null;
        }

        return (bold, italic) switch
        {
            (true, true) when fonts.BoldItalic is not null => new FontResolverInfo(Face(familyName, "BI")),
            (true, true) when fonts.Bold is not null => new FontResolverInfo(Face(familyName, "B"), false, true),
            (true, true) when fonts.Italic is not null => new FontResolverInfo(Face(familyName, "I"), true, false),
            (true, true) => new FontResolverInfo(Face(familyName, "R"), true, true),
            (true, false) when fonts.Bold is not null => new FontResolverInfo(Face(familyName, "B")),
            (true, false) => new FontResolverInfo(Face(familyName, "R"), true, false),
            (false, true) when fonts.Italic is not null => new FontResolverInfo(Face(familyName, "I")),
            (false, true) => new FontResolverInfo(Face(familyName, "R"), false, true),
            _ => new FontResolverInfo(Face(familyName, "R")),
        };
    }

    /// <inheritdoc/>
    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var bytes) ? bytes : null;

    void AddFace(string family, string face, byte[]? bytes)
    {
        if (bytes is not null)
        {
            _faces.TryAdd(Face(family, face), bytes);
        }
    }

    static string Face(string family, string face) => $"{family}|{face}";

    static string Fingerprint(PdfFontSet fonts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var face in new[] { fonts.Regular, fonts.Bold, fonts.Italic, fonts.BoldItalic })
        {
            hash.AppendData(BitConverter.GetBytes(face?.Length ?? -1));
            hash.AppendData(face ?? []);
        }

        return Convert.ToHexString(hash.GetHashAndReset(), 0, 6);
    }
}
