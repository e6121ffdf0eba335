using ReportGen.Composition.Text;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Core.Spc;

namespace ReportGen.Composition.Charts;

/// <summary>
/// The words for an SPC chart: what is charted over which periods, the mean and limits, the target and what the
/// limits say about meeting it, the latest point's variation and every special-cause point (runs of neighbouring
/// points as "May 2016 to November 2016").
/// </summary>
internal static class SpcAltText
{
    /// <summary>
    /// "SPC chart of monthly total notifiable offences, April 2015 to December 2016 (21 points): mean 1,443, process
    /// limits 1,180 to 1,706. The latest point, December 2016 (1,478), shows common cause variation. …"
    /// </summary>
    public static string Of(IndicatorResult result, SpcResult spc, IReadOnlyList<Period> periods)
    {
        var definition = result.Definition;
        string Figure(decimal value) => Display.Figure(definition, value);
        var last = spc.Points[^1];
        var sentences = new List<string>
        {
            $"SPC chart of {PeriodLabels.Adjective(periods[0].Kind).ToLowerInvariant()} {PeriodLabels.InSentence(definition.Title)}, "
                + $"{PeriodLabels.Long(periods[0])} to {PeriodLabels.Long(periods[^1])} ({ChartWords.Count(periods.Count, "point", "points")}): "
                + $"mean {Figure(spc.Mean)}, process limits {Figure(spc.LowerLimit)} to {Figure(spc.UpperLimit)}"
                + (last.Segment > 0 ? $" (recalculated from {PeriodLabels.Long(periods[spc.Points.ToList().FindIndex(p => p.Segment == last.Segment)])})" : string.Empty)
                + (definition.Spc?.Target is { } target ? $"; target {Figure(target)}" : string.Empty) + ".",
            $"The latest point, {PeriodLabels.Long(periods[^1])} ({Figure(last.Value)}), shows {Variation(last.Variation)}.",
        };

        if (Assurance(spc.Assurance) is { } assurance)
        {
            sentences.Add(assurance);
        }

        sentences.Add(SpecialCauses(spc, periods));
        return string.Join(" ", sentences);
    }

    private static string SpecialCauses(SpcResult spc, IReadOnlyList<Period> periods)
    {
        var special = spc.Points.Count(p => p.Variation != SpcVariation.CommonCause);
        if (special == 0)
        {
            return "No point shows special cause variation.";
        }

        var groups = new (string Name, SpcVariation[] Kinds)[]
        {
            ("improvement", [SpcVariation.Improvement]),
            ("concern", [SpcVariation.Concern]),
            ("higher than usual", [SpcVariation.NeutralHigh]),
            ("lower than usual", [SpcVariation.NeutralLow]),
        };
        var parts = groups
            .Select(g => (g.Name, Indexes: spc.Points.Select((p, i) => (p, i)).Where(x => g.Kinds.Contains(x.p.Variation)).Select(x => x.i).ToList()))
            .Where(g => g.Indexes.Count > 0)
            .Select(g => $"{g.Name} in {ChartWords.List(Runs(g.Indexes, periods))}")
            .ToList();
        return $"{ChartWords.Count(special, "point shows", "points show")} special cause variation: {string.Join("; ", parts)}.";
    }

    // Neighbouring points are named as a run, so a shift of nine months is one phrase, not nine.
    private static IReadOnlyList<string> Runs(IReadOnlyList<int> indexes, IReadOnlyList<Period> periods)
    {
        var runs = new List<string>();
        for (var start = 0; start < indexes.Count;)
        {
            var end = start;
            while (end + 1 < indexes.Count && indexes[end + 1] == indexes[end] + 1)
            {
                end++;
            }

            runs.Add(end == start
                ? PeriodLabels.Long(periods[indexes[start]])
                : $"{PeriodLabels.Long(periods[indexes[start]])} to {PeriodLabels.Long(periods[indexes[end]])}");
            start = end + 1;
        }

        return runs;
    }

    private static string Variation(SpcVariation variation) => variation switch
    {
        SpcVariation.Improvement => "special cause variation of improvement",
        SpcVariation.Concern => "special cause variation of concern",
        SpcVariation.NeutralHigh => "special cause variation, higher than usual",
        SpcVariation.NeutralLow => "special cause variation, lower than usual",
        _ => "common cause variation",
    };

    private static string? Assurance(SpcAssurance? assurance) => assurance switch
    {
        SpcAssurance.Pass => "The target lies outside the limits on the worse side, so every point is expected to meet it.",
        SpcAssurance.Fail => "The target lies outside the limits on the better side, so no point is expected to meet it.",
        SpcAssurance.Inconsistent => "The target lies between the limits, so the target will sometimes be met and sometimes not.",
        _ => null,
    };
}
