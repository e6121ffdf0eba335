using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Core.Spc;

namespace ReportGen.Core.Calculation;

/// <summary>Rates an indicator by its definition's method: tolerance, target distance, bands, manual or SPC.</summary>
internal static class RagAssessor
{
    /// <summary>The rating of an indicator whose rated figure is <paramref name="rated"/>.</summary>
    /// <param name="definition">The indicator.</param>
    /// <param name="period">The reported period (for manual ratings).</param>
    /// <param name="rated">The rated figure (year to date or period, by basis).</param>
    /// <param name="check">The figure held against its target.</param>
    /// <param name="dotShort">The short-term direction of travel.</param>
    /// <param name="wholeRows">The indicator's whole rows (for manual ratings).</param>
    /// <param name="warnings">Where to say why a rating could not be given.</param>
    /// <param name="spc">The indicator's SPC analysis (for SPC ratings), if it has one.</param>
    /// <param name="range">For band polarity: the range the figure should lie in (for target-distance ratings).</param>
    public static RagOutcome Assess(
        IndicatorDefinition definition,
        Period period,
        decimal? rated,
        TargetCheck check,
        Direction? dotShort,
        IReadOnlyList<Observation> wholeRows,
        ICollection<Problem> warnings,
        SpcResult? spc = null,
        TargetRange? range = null)
    {
        switch (definition.Rag.Method)
        {
            case RagMethod.Manual:
                return new RagOutcome(ManualRating.Find(definition.Id, period, wholeRows, warnings), null);
            case RagMethod.Spc:
                return new RagOutcome(IndicatorSpc.Rating(spc), null);
            case RagMethod.TargetDistance:
                return new RagOutcome(TargetDistancePolicy.Rate(definition.Rag, definition.Polarity, rated, check.Target, range), null);
            case RagMethod.Bands:
                return rated is { } value ? ByBands(definition, value, dotShort, warnings) : RagOutcome.None;
            default:
                return new RagOutcome(ByTolerance(check.OffTarget, dotShort), null);
        }
    }

    /// <summary>
    /// The Havering rule: Green when not off target; Amber when off target but better or the same as the previous
    /// period; Red when off target and worse, or with nothing to compare with. No verdict, no rating.
    /// </summary>
    public static Rag? ByTolerance(bool? offTarget, Direction? dotShort) => offTarget switch
    {
        null => null,
        false => Rag.Green,
        true => dotShort is Direction.Better or Direction.Same ? Rag.Amber : Rag.Red,
    };

    private static RagOutcome ByBands(IndicatorDefinition definition, decimal value, Direction? dotShort, ICollection<Problem> warnings)
    {
        if (BandPolicy.Find(definition.Rag.Bands, definition.Polarity, value) is not { } band)
        {
            warnings.Add(Problem.Warning(null,
                $"{definition.Id}: no band holds {Formatting.Number(value)}, so it has no rating; "
                + "let the last band catch every value (leave out its bound)"));
            return RagOutcome.None;
        }

        var rating = definition.Rag.RedIfWorsening && dotShort == Direction.Worse ? Rag.Red : band.Rating;
        return new RagOutcome(rating, band.Label);
    }
}
