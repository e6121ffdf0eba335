using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Yaml;

/// <summary>
/// Typed reading of single YAML values, each adding a problem (at the value) and giving <see langword="null"/>
/// when the value is not what is wanted. <c>what</c> names the value in messages: <c>'title'</c>,
/// <c>each entry of 'ytd'</c>.
/// </summary>
internal static class YamlValues
{
    /// <summary>Text (a plain number or word is text too).</summary>
    public static string? Text(YamlNode node, string what, ProblemList problems)
    {
        if (node is YamlScalar scalar)
        {
            return scalar.IsNull ? null : scalar.Value;
        }

        problems.Error(node.Location, $"{what} must be text, not {node.Kind}");
        return null;
    }

    /// <summary>A number such as <c>28</c>, <c>13,143</c> or (when <paramref name="allowPercent"/>) <c>28%</c>.</summary>
    public static decimal? Number(YamlNode node, string what, bool allowPercent, ProblemList problems)
    {
        if (Text(node, what, problems) is not { } text)
        {
            return null;
        }

        if (!NumberText.TryParse(text, out var value, out var percent))
        {
            problems.Error(node.Location, $"{what} is '{Excerpt.Of(text)}', which is not a number; {NumberText.Advice}");
            return null;
        }

        if (percent && !allowPercent)
        {
            problems.Error(node.Location, $"{what} is '{Excerpt.Of(text)}', but only an indicator of unit percent takes a % sign; write {StripPercent(text)}");
            return null;
        }

        return value;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static int? Integer(YamlNode node, string what, int min, int max, ProblemList problems)
    {
        if (Text(node, what, problems) is not { } text)
        {
            return null;
        }

        if (!NumberText.TryParse(text, out var value, out var percent) || percent || value != decimal.Truncate(value) || value < min || value > max)
        {
            problems.Error(node.Location, $"{what} is '{Excerpt.Of(text)}'; write a whole number from {min} to {max}");
            return null;
        }

        return (int)value;
    }

    /// <summary><c>true</c> or <c>false</c> (<c>yes</c> and <c>no</c> too).</summary>
    public static bool? Boolean(YamlNode node, string what, ProblemList problems)
    {
        if (Text(node, what, problems) is not { } text)
        {
            return null;
        }

        switch (text.ToUpperInvariant())
        {
            case "TRUE" or "YES":
                return true;
            case "FALSE" or "NO":
                return false;
            default:
                problems.Error(node.Location, $"{what} is '{Excerpt.Of(text)}'; write true or false");
                return null;
        }
    }

    /// <summary>One of the <paramref name="choices"/> (matched ignoring case); the message lists them.</summary>
    public static T? Choice<T>(YamlNode node, string what, IReadOnlyList<(string Name, T Value)> choices, ProblemList problems)
        where T : struct
    {
        if (Text(node, what, problems) is not { } text)
        {
            return null;
        }

        foreach (var (name, value) in choices)
        {
            if (string.Equals(name, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var names = choices.Select(c => c.Name).ToArray();
        problems.Error(node.Location, $"{what} is '{Excerpt.Of(text)}'; write {Suggestions.OneOf(names)}{Suggestions.DidYouMean(text, names)}");
        return null;
    }

    /// <summary>A list; a single value stands for a list of one when <paramref name="singleAllowed"/>.</summary>
    public static IReadOnlyList<YamlNode>? List(YamlNode node, string what, bool singleAllowed, ProblemList problems)
    {
        switch (node)
        {
            case YamlSequence sequence:
                return sequence.Items;
            case YamlScalar { IsNull: true }:
                return [];
            case YamlScalar when singleAllowed:
                return [node];
            default:
                problems.Error(node.Location, $"{what} must be a list, not {node.Kind}; write it as [a, b] or as lines starting with '- '");
                return null;
        }
    }

    /// <summary>A list of numbers; <see langword="null"/> when any entry is not a number (each such entry an error).</summary>
    public static IReadOnlyList<decimal>? Numbers(YamlNode node, string what, bool allowPercent, ProblemList problems)
    {
        if (List(node, what, singleAllowed: false, problems) is not { } items)
        {
            return null;
        }

        var numbers = new List<decimal>();
        var valid = true;
        foreach (var item in items)
        {
            if (item is YamlScalar { IsNull: true })
            {
                problems.Error(item.Location, $"an entry of {what} is empty; {NumberText.Advice}");
                valid = false;
            }
            else if (Number(item, $"an entry of {what}", allowPercent, problems) is { } number)
            {
                numbers.Add(number);
            }
            else
            {
                valid = false;
            }
        }

        return valid ? numbers : null;
    }

    /// <summary>A map.</summary>
    public static YamlMapping? Mapping(YamlNode node, string what, ProblemList problems)
    {
        if (node is YamlMapping mapping)
        {
            return mapping;
        }

        problems.Error(node.Location, $"{what} must be a map of keys and values, not {node.Kind}");
        return null;
    }

    private static string StripPercent(string text) => text.Trim().TrimEnd('%').TrimEnd();
}
