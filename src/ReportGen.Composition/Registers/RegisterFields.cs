using System.Text.RegularExpressions;
using ReportGen.Composition.Registers;
using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;

namespace ReportGen.Composition.Registers;

/// <summary>
/// Reads one register field by its column's type into its canonical form (<c>Amber</c>, <c>up</c>, pounds), or
/// <see langword="null"/> with an error at the field saying what would be right.
/// </summary>
internal static partial class RegisterFields
{
    private static readonly Dictionary<string, string> Trends = new(StringComparer.OrdinalIgnoreCase)
    {
        ["up"] = "up",
        ["↑"] = "up",
        ["rising"] = "up",
        ["increasing"] = "up",
        ["down"] = "down",
        ["↓"] = "down",
        ["falling"] = "down",
        ["decreasing"] = "down",
        ["same"] = "same",
        ["→"] = "same",
        ["stable"] = "same",
        ["unchanged"] = "same",
        ["new"] = "new",
    };

    private static readonly Dictionary<string, string> Severities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["H"] = "High",
        ["High"] = "High",
        ["M"] = "Medium",
        ["Medium"] = "Medium",
        ["L"] = "Low",
        ["Low"] = "Low",
    };

    private static readonly Dictionary<string, string> Confidences = new(StringComparer.OrdinalIgnoreCase)
    {
        ["G"] = "Green",
        ["Green"] = "Green",
        ["A"] = "Amber",
        ["Amber"] = "Amber",
        ["R"] = "Red",
        ["Red"] = "Red",
        ["CG"] = "Complete",
        ["Complete"] = "Complete",
        ["Completed"] = "Complete",
    };

    /// <summary>The field's value; a blank gives an empty value (the caller checks required columns).</summary>
    public static RegisterValue? Read(string text, FieldType type, SourceLocation at, ProblemList problems)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return type is FieldType.Score or FieldType.Money ? RegisterValue.OfNumber(null) with { Kind = Kind(type) } : RegisterValue.OfText(string.Empty);
        }

        switch (type)
        {
            case FieldType.Score:
                if (int.TryParse(trimmed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 25)
                {
                    return RegisterValue.OfNumber(score);
                }

                problems.Error(at, $"the score '{trimmed}' is not a whole number from 1 to 25; write likelihood × impact, such as 12");
                return null;
            case FieldType.Trend:
                return Word(trimmed, Trends, at, "trend", "up, down, same or new (or ↑, ↓, →)", problems);
            case FieldType.Severity:
                return Word(trimmed, Severities, at, "rating", "H, M or L (High, Medium, Low)", problems);
            case FieldType.Confidence:
                return Word(trimmed, Confidences, at, "confidence", "G, A, R or CG (complete)", problems);
            case FieldType.Quarter:
                if (Quarter().IsMatch(trimmed))
                {
                    return RegisterValue.OfText(trimmed.ToUpperInvariant());
                }

                problems.Error(at, $"'{trimmed}' is not a quarter; write Q1 to Q4, with the year if it is not this one (Q4 20/21)");
                return null;
            case FieldType.Money:
                if (Money(trimmed) is { } pounds)
                {
                    return RegisterValue.OfMoney(pounds);
                }

                problems.Error(at, $"'{trimmed}' is not an amount; write pounds such as 17400000, £17.4m or £250k");
                return null;
            default:
                return RegisterValue.OfText(trimmed);
        }
    }

    private static RegisterValueKind Kind(FieldType type) => type == FieldType.Money ? RegisterValueKind.Money : RegisterValueKind.Number;

    private static RegisterValue? Word(string text, Dictionary<string, string> words, SourceLocation at, string what, string advice, ProblemList problems)
    {
        if (words.TryGetValue(text, out var canonical))
        {
            return RegisterValue.OfText(canonical);
        }

        problems.Error(at, $"'{text}' is not a {what}; write {advice}");
        return null;
    }

    private static decimal? Money(string text)
    {
        var match = MoneyForm().Match(text);
        if (!match.Success || !NumberText.TryParse(match.Groups["sign"].Value + match.Groups["num"].Value, out var value, out var percent) || percent)
        {
            return null;
        }

        return match.Groups["scale"].Value.ToLowerInvariant() switch
        {
            "m" => value * 1_000_000m,
            "k" => value * 1_000m,
            _ => value,
        };
    }

    [GeneratedRegex(@"^Q[1-4](\s+(\d{2}|\d{4})/\d{2})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^(?<sign>[+-]?)\s*£?\s*(?<num>[\d,]*\.?\d+)\s*(?<scale>[mMkK]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex MoneyForm();
}
