namespace ReportGen.Composition.Charts;

/// <summary>
/// Picks a value axis that reads well: bounds and a step of 1, 2, 2.5 or 5 times a power of ten, about five ticks,
/// covering every value to be drawn. Decimal arithmetic keeps tick values exact (0.3, not 0.30000000000000004).
/// </summary>
internal static class NiceScale
{
    private static readonly decimal[] Steps = [1m, 2m, 2.5m, 5m, 10m];

    /// <summary>
    /// The scale for values from <paramref name="low"/> to <paramref name="high"/>. With <paramref name="fromZero"/>
    /// (bars, whose length is their value) the scale starts at zero; a line's scale starts at zero too when zero is
    /// close (the lowest value under a third of the highest), so small changes are not blown up.
    /// </summary>
    /// <param name="low">The lowest value drawn.</param>
    /// <param name="high">The highest value drawn.</param>
    /// <param name="fromZero">Whether the scale must include zero.</param>
    /// <param name="wholeNumbers">Whether the step must be a whole number (counts of things).</param>
    /// <param name="ceiling">A value the top need not pass (100 for percentages), if any.</param>
    public static Scale For(decimal low, decimal high, bool fromZero, bool wholeNumbers, decimal? ceiling = null)
    {
        if (low > high)
        {
            (low, high) = (high, low);
        }

        if (fromZero || (low >= 0 && low < high / 3))
        {
            low = Math.Min(low, 0);
            high = Math.Max(high, 0);
        }

        var padded = high == low;
        if (padded)
        {
            // One value, or all values equal: give it room either side.
            var pad = high == 0 ? 1 : Math.Abs(high) / 5;
            low = fromZero && low >= 0 ? 0 : low - pad;
            high += pad;
        }

        var step = StepFor((high - low) / 4, wholeNumbers);
        var minimum = Math.Floor(low / step) * step;
        var maximum = Math.Ceiling(high / step) * step;
        if (maximum == high && ceiling is null && !padded)
        {
            // A value on the top gridline would touch the frame; one more step gives it air.
            maximum += step;
        }

        if (ceiling is { } top && maximum > top && high <= top)
        {
            maximum = Math.Ceiling(top / step) * step;
        }

        return new Scale(minimum, maximum, step);
    }

    private static decimal StepFor(decimal rough, bool wholeNumbers)
    {
        if (rough <= 0)
        {
            return 1;
        }

        var magnitude = 1m;
        while (magnitude * 10 <= rough)
        {
            magnitude *= 10;
        }

        while (magnitude > rough)
        {
            magnitude /= 10;
        }

        // Counts step in whole numbers: 2.5 becomes 5, and nothing is finer than 1.
        return Steps
            .Select(s => s * magnitude)
            .First(s => s >= rough && (!wholeNumbers || (s >= 1 && s == Math.Floor(s))));
    }
}

/// <summary>A value axis's bounds and step.</summary>
/// <param name="Minimum">The bottom.</param>
/// <param name="Maximum">The top.</param>
/// <param name="Step">The distance between ticks.</param>
internal sealed record Scale(decimal Minimum, decimal Maximum, decimal Step)
{
    /// <summary>Every tick from the bottom to the top.</summary>
    public IReadOnlyList<decimal> Ticks()
    {
        var ticks = new List<decimal>();
        for (var value = Minimum; value <= Maximum; value += Step)
        {
            ticks.Add(value);
        }

        return ticks;
    }

    /// <summary>How many decimal places the tick labels need (a step of 2.5 needs one).</summary>
    public int Decimals => (Step / 1.0000000000000000000000000000m).Scale is var scale && scale > 0 ? scale : 0;
}
