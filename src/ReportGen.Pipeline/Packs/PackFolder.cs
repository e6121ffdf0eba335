using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReportGen.Pipeline.Packs;

/// <summary>
/// The folder a group's pack is written to, under the output folder: the group's name made safe on every system.
/// Characters no file system takes (<c>/ \ : * ? " &lt; &gt; |</c>, control characters) become <c>_</c>, as does a
/// leading dot or a trailing dot or space; a name Windows keeps for devices (<c>CON</c>, <c>NUL</c>, <c>COM1</c> …) or
/// one the run's manifests take (<c>manifest.json</c>) gets a leading <c>_</c>; a name longer than
/// <see cref="MaxLength"/> characters is cut and given <c>~</c> and 8 hex digits of its SHA-256 so that two long
/// names stay apart. The name is put in Unicode normal form C. <c>.</c> and <c>..</c> would be the output folder itself
/// or its parent, and are refused.
/// </summary>
internal static class PackFolder
{
    /// <summary>The longest folder name, in UTF-16 characters (at most 4 bytes each in UTF-8, well under 255 bytes).</summary>
    public const int MaxLength = 60;

    private static readonly string[] Devices = ["CON", "PRN", "AUX", "NUL", .. Enumerable.Range(0, 10).SelectMany(i => new[] { $"COM{i}", $"LPT{i}" })];

    /// <summary>The folder name for <paramref name="group"/>, or <see langword="null"/> when the name cannot be one.</summary>
    public static string? Of(string group)
    {
        var name = group.Trim().Normalize(NormalizationForm.FormC);
        if (name.Length == 0 || name is "." or "..")
        {
            return null;
        }

        var safe = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            safe.Append(char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }

        if (safe[0] == '.')
        {
            safe[0] = '_';
        }

        if (safe[^1] is '.' or ' ')
        {
            safe[^1] = '_';
        }

        var folder = safe.ToString();
        var stem = folder.Split('.')[0];
        if (Devices.Contains(stem, StringComparer.OrdinalIgnoreCase) || folder.StartsWith("manifest.", StringComparison.OrdinalIgnoreCase))
        {
            folder = "_" + folder;
        }

        if (folder.Length > MaxLength)
        {
            var cut = MaxLength - 9;
            if (char.IsHighSurrogate(folder[cut - 1]))
            {
                cut--;
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(group)))[..8];
            folder = string.Create(CultureInfo.InvariantCulture, $"{folder[..cut].TrimEnd(' ', '.')}~{hash}");
        }

        return folder;
    }
}
