using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;

namespace ReportGen.Rendering.Pdf.Output;

/// <summary>
/// Replaces the random six-letter tags PDFsharp gives embedded font subsets ("OADQMU+Segoe WP") with tags derived
/// from the font's name and its place in the document, so the same report gives the same bytes.
/// </summary>
internal static class FontSubsetNames
{
    static readonly string[] NameKeys = ["/BaseFont", "/FontName"];

    /// <summary>Renames the subsets of <paramref name="pdf"/>, before it is saved.</summary>
    public static void MakeDeterministic(PdfDocument pdf)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var dictionary in pdf.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            foreach (var key in NameKeys)
            {
                var name = dictionary.Elements.GetName(key);
                if (!IsSubsetName(name))
                {
                    continue;
                }

                if (!renamed.TryGetValue(name, out var stable))
                {
                    stable = "/" + Tag(name[8..], renamed.Count) + name[7..];
                    renamed.Add(name, stable);
                }

                dictionary.Elements.SetName(key, stable);
            }
        }
    }

    // "/ABCDEF+Name": a slash, six capitals and a plus sign.
    static bool IsSubsetName(string name) =>
        name.Length > 8 && name[0] == '/' && name[7] == '+' && name.AsSpan(1, 6).ToString().All(char.IsAsciiLetterUpper);

    static string Tag(string fontName, int ordinal)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{fontName}#{ordinal}"));
        return string.Concat(hash.Take(6).Select(b => (char)('A' + (b % 26))));
    }
}
