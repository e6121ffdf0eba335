using ReportGen.Core.Indicators;

namespace ReportGen.Core.Spc;

/// <summary>One point of an XmR chart, with what the rules made of it.</summary>
/// <param name="Period">The period, as the series writes it (<c>2016-04</c>).</param>
/// <param name="Value">The value.</param>
/// <param name="Rule">The rule that flags the point as special cause (the first in priority order), if any.</param>
/// <param name="Variation">Common cause, or the kind of special cause.</param>
/// <param name="Segment">Which segment the point belongs to: 0 for the first, one more after each rebase.</param>
/// <param name="Limits">The mean and limits of the point's segment.</param>
/// <param name="RelativeToMean">1 above the segment's mean, −1 below it, 0 exactly on it.</param>
/// <param name="Alert">Whether the point is part of a run that raises the <see cref="SpcSettings.WorseningAlert"/>.</param>
public sealed record SpcPoint(
    string Period,
    decimal Value,
    SpcRule? Rule,
    SpcVariation Variation,
    int Segment,
    SpcLimits Limits,
    int RelativeToMean,
    bool Alert);
