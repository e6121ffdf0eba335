using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportGen.Ingest.Text;

/// <summary>
/// Reads numbers as analysts write them: <c>13,143</c>, <c>28.8%</c> (28.8, in display units), <c>-5</c>,
/// with spaces around. Thousands separators must group digits in threes, so <c>1,2</c> is not read as 12.
/// </summary>
internal static partial class NumberText
{
    /// <summary>What to write instead, for messages.</summary>
    public const string Advice = "write a number such as 13,143 or 28.8%";

    /// <summary>Reads <paramref name="text"/>; <paramref name="percent"/> tells whether it ended in <c>%</c>.</summary>
    public static bool TryParse(string text, out decimal value, out bool percent)
    {
        value = 0m;
        percent = false;
        var match = Form().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        percent = match.Groups["pct"].Success;
        var digits = match.Groups["num"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        return decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^(?<num>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)\s*(?<pct>%)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Form();
}
