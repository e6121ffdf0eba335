using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Composition.Text;
using ReportGen.Core;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;

namespace ReportGen.Composition.Narrative;

/// <summary>
/// Checks the numbers an analyst typed into the commentary against the figures the pack computed, so that the text
/// cannot quietly contradict the table. A sentence speaks of an indicator when it names its id (<c>CSP3</c>) or its
/// title, and every sentence of an indicator's own notes speaks of that indicator. A number typed in such a sentence
/// that is within 1% of one of the indicator's figures of the same kind (a percentage against rates and changes,
/// any other number against counts, numerators and denominators) without being that figure at the decimals typed is
/// a warning at its <c>path:line:column</c>: <c>3,817</c> beside a computed 3,810 is one, <c>26%</c> beside 26.2% is not,
/// and neither is a number that is the indicator's figure for another period of its series (a month's).
/// Figures cited through Liquid (<c>{{ results.CSP3.ytd_value }}</c>) are not typed, so never checked; dates, years and
/// figures disclosure control suppressed play no part.
/// </summary>
internal static partial class QuotedFigures
{
    /// <summary>How near a typed number must be to a figure, relatively, to be taken as meaning it.</summary>
    private const decimal Nearness = 0.01m;

    /// <summary>The warnings for the numbers typed in <paramref name="commentary"/> that disagree with <paramref name="results"/>.</summary>
    public static IReadOnlyList<Problem> Check(Commentary commentary, IReadOnlyList<IndicatorResult> results)
    {
        var problems = new List<Problem>();
        var byId = results.GroupBy(r => r.Definition.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var section in commentary.Narrative.Values)
        {
            problems.AddRange(CheckText(section.Markdown, section.TextStart ?? section.Location, null, results));
        }

        foreach (var notes in commentary.Indicators.Values)
        {
            var own = byId.GetValueOrDefault(notes.IndicatorId);
            foreach (var (part, text) in new[] { ("Highlight", notes.Highlight), ("Commentary", notes.Text), ("CorrectiveAction", notes.CorrectiveAction) })
            {
                if (text is not null)
                {
                    problems.AddRange(CheckText(text, notes.StartOf(part), own, results));
                }
            }
        }

        return problems;
    }

    private static IEnumerable<Problem> CheckText(string text, SourceLocation start, IndicatorResult? own, IReadOnlyList<IndicatorResult> results)
    {
        var plain = Blank(Blank(text, LiquidTags()), Addresses());
        foreach (var (from, length) in Sentences(plain))
        {
            var sentence = plain.Substring(from, length);
            var named = results.Where(r => ReferenceEquals(r, own) || Names(sentence, r.Definition)).ToList();
            if (named.Count == 0)
            {
                continue;
            }

            foreach (Match number in Numbers().Matches(sentence))
            {
                if (Disagreement(number, named) is { } message)
                {
                    yield return Problem.Warning(At(text, start, from + number.Index), message);
                }
            }
        }
    }

    /// <summary>Why <paramref name="number"/> disagrees with the figures of <paramref name="named"/>, or <see langword="null"/> when it does not.</summary>
    private static string? Disagreement(Match number, IReadOnlyList<IndicatorResult> named)
    {
        var digits = number.Groups["digits"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        var typed = decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var percent = number.Groups["percent"].Success;
        var decimals = digits.Contains('.', StringComparison.Ordinal) ? digits.Length - digits.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        if (!percent && decimals == 0 && !digits.Contains(',', StringComparison.Ordinal) && typed is >= 1900 and <= 2100)
        {
            return null; // a year
        }

        var figures = named.SelectMany(r => Figures(r).Where(f => f.Percent == percent)).ToList();
        var agreeing = figures.Select(f => f.Value).Concat(named.SelectMany(r => (r.Definition.Unit == Unit.Percent) == percent ? SeriesValues(r) : []));
        if (figures.Count == 0 || agreeing.Any(value => Rounding.ForDisplay(Math.Abs(value), decimals) == typed))
        {
            return null;
        }

        var nearest = figures.Where(f => f.Value != 0).MinBy(f => Math.Abs(typed - Math.Abs(f.Value)) / Math.Abs(f.Value));
        if (nearest is null || Math.Abs(typed - Math.Abs(nearest.Value)) / Math.Abs(nearest.Value) > Nearness)
        {
            return null;
        }

        return $"'{number.Value.Trim()}' does not agree with the figures: {nearest.Id}'s {nearest.Name} is {nearest.Shown}; "
            + $"cite it as {{{{ results.{nearest.Id}.{nearest.Variable} }}}} so that the text and the table agree (docs/templates.md)";
    }

    /// <summary>One computed figure a typed number may mean.</summary>
    private sealed record Figure(string Id, string Name, string Variable, decimal Value, string Shown, bool Percent);

    /// <summary>The figures of <paramref name="result"/> a commentary may quote, leaving out what disclosure control withheld.</summary>
    private static IEnumerable<Figure> Figures(IndicatorResult result)
    {
        var d = result.Definition;
        var rate = d.Unit == Unit.Percent;
        var aggregates = new (string Name, string Variable, Core.Data.Aggregate Figure)[]
        {
            ("figure for the period", "period_value", result.Period),
            ("figure for the previous period", "previous_period_value", result.PreviousPeriod),
            ("figure for the same period last year", "same_period_last_year_value", result.SamePeriodLastYear),
            ("year-to-date figure", "ytd_value", result.Ytd),
            ("year-to-date figure last year", "ytd_last_year_value", result.YtdLastYear),
            ("year-to-date figure at the end of the previous period", "previous_ytd_value", result.PreviousYtd),
        };
        foreach (var (name, variable, figure) in aggregates.Where(a => !a.Figure.Suppressed))
        {
            if (figure.Value is { } value)
            {
                yield return new Figure(d.Id, name, variable, value, Display.Figure(d, value), rate);
            }

            var fraction = variable == "period_value" ? "period_fraction" : variable == "ytd_value" ? "ytd_fraction" : null;
            if (fraction is not null && figure.Numerator is { } top && figure.Denominator is { } bottom)
            {
                yield return new Figure(d.Id, name + "'s numerator", fraction, top, Display.Number(top, 0), false);
                yield return new Figure(d.Id, name + "'s denominator", fraction, bottom, Display.Number(bottom, 0), false);
            }
        }

        if (result.Target is { } target && !result.Withheld.HasFlag(Withheld.Rating))
        {
            yield return new Figure(d.Id, "target", "target", target, Display.Target(d, target), rate);
        }

        if (!rate && !result.Withheld.HasFlag(Withheld.YtdChange) && result.YtdChangePercent is { } ytdChange)
        {
            yield return new Figure(d.Id, "year-to-date change on last year", "ytd_change", ytdChange, Display.Change(ytdChange), true);
        }

        if (!rate && !result.Period.Suppressed && !result.SamePeriodLastYear.Suppressed && ComparisonVariables.PeriodChangePercent(result) is { } periodChange)
        {
            yield return new Figure(d.Id, "change on the same period last year", "period_change", periodChange, Display.Change(periodChange), true);
        }
    }

    /// <summary>
    /// The indicator's figures for each period of its series and each running total (a month's 100 offences in
    /// August): a number typed as one of them is the indicator's own figure, not a contradiction, though no variable
    /// of the period cites it.
    /// </summary>
    private static IEnumerable<decimal> SeriesValues(IndicatorResult result) =>
        result.Series.Select(p => p.Figure).Concat(result.Running.Select(r => r.Figure))
            .Where(f => !f.Suppressed && f.Value is not null)
            .Select(f => f.Value!.Value);

    /// <summary>Whether <paramref name="sentence"/> names the indicator: its id as a word, or its title in any case.</summary>
    private static bool Names(string sentence, IndicatorDefinition definition) =>
        Regex.IsMatch(sentence, $@"(?<![\w-]){Regex.Escape(definition.Id)}(?![\w-])", RegexOptions.None, TimeSpan.FromSeconds(1))
        || (definition.Title.Length > 0 && sentence.Contains(definition.Title, StringComparison.OrdinalIgnoreCase));

    /// <summary>The place of <paramref name="index"/> in the file, from where the text starts (its first line from column 1).</summary>
    private static SourceLocation At(string text, SourceLocation start, int index)
    {
        var lines = text.AsSpan(0, index).Count('\n');
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        if (index > 0 && text[index - 1] == '\n')
        {
            column = 1;
        }

        return start with { Line = (start.Line ?? 1) + lines, Column = lines == 0 ? (start.Column ?? 1) + column - 1 : column };
    }

    /// <summary><paramref name="text"/> with what <paramref name="pattern"/> matches replaced by spaces (lines and places kept).</summary>
    private static string Blank(string text, Regex pattern) =>
        pattern.Replace(text, m => Regex.Replace(m.Value, @"[^\n]", " ", RegexOptions.None, TimeSpan.FromSeconds(1)));

    /// <summary>
    /// The sentences of <paramref name="text"/> (start and length): each ends at a full stop, question or exclamation
    /// mark followed by a space or the end, at a blank line, or before a new list item.
    /// </summary>
    private static IEnumerable<(int From, int Length)> Sentences(string text)
    {
        var from = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
                || (text[i] == '\n' && ListItemOrBlankLine().IsMatch(text.AsSpan(i + 1)));
            if (end)
            {
                yield return (from, i + 1 - from);
                from = i + 1;
            }
        }

        if (from < text.Length)
        {
            yield return (from, text.Length - from);
        }
    }

    [GeneratedRegex(@"^[ \t]*(?:\r?\n|[-*+][ \t]|\d+[.)][ \t])", RegexOptions.None, 1000)]
    private static partial Regex ListItemOrBlankLine();

    // A typed number: 13,143  4.5%  +26.0%  28.8 %; not part of a word, a date (19/10/2016), a year range (2016-17),
    // a version or a larger number.
    [GeneratedRegex(@"(?<![\w.,/£$€]|\d[-–/])[+\-−]?(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<percent>\s?%)?(?![\w/%]|[.,]\d)", RegexOptions.None, 1000)]
    private static partial Regex Numbers();

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline, 1000)]
    private static partial Regex LiquidTags();

    [GeneratedRegex(@"<[a-z]+:[^>\s]*>|\]\([^)\s]*\)|https?://\S+", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Addresses();
}
