using System.Text;

namespace ReportGen.Rendering.Results.Json;

/// <summary>Enum values as results.json writes them where the contract asks for snake_case: <c>CommonCause</c> → <c>common_cause</c>.</summary>
internal static class JsonWords
{
    /// <summary><paramref name="value"/>'s name in snake_case.</summary>
    public static string Snake<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                words.Append('_');
            }

            words.Append(char.ToLowerInvariant(name[i]));
        }

        return words.ToString();
    }

    /// <summary><paramref name="value"/>'s name in snake_case, or <see langword="null"/>.</summary>
    public static string? Snake<T>(T? value)
        where T : struct, Enum => value is { } v ? Snake(v) : null;
}
