namespace ReportGen.Core.Analytics;

/// <summary>
/// The Wilson score interval of a proportion (Wilson 1927; Newcombe 1998's recommended method): unlike the
/// normal-approximation interval it never leaves [0, 1] and behaves with small samples and 0% or 100%.
/// </summary>
internal static class WilsonInterval
{
    /// <summary>
    /// The interval of <paramref name="successes"/> out of <paramref name="trials"/> at <paramref name="confidence"/>
    /// percent, as proportions (0 to 1); <see langword="null"/> when there are no trials or the counts are not a proportion.
    /// </summary>
    public static (double Low, double High)? Of(double successes, double trials, double confidence)
    {
        if (!(trials > 0.0) || successes < 0.0 || successes > trials)
        {
            return null;
        }

        var z = CriticalValue(confidence);
        var p = successes / trials;
        var z2n = z * z / trials;
        var centre = (p + (z2n / 2.0)) / (1.0 + z2n);
        var half = z * Math.Sqrt((p * (1.0 - p) / trials) + (z2n / (4.0 * trials))) / (1.0 + z2n);

        // Rounding can put an end a hair outside [0, 1] or past p at 0% or 100%; the interval always holds p.
        return (Math.Clamp(Math.Min(centre - half, p), 0.0, 1.0), Math.Clamp(Math.Max(centre + half, p), 0.0, 1.0));
    }

    /// <summary>The two-sided critical value for <paramref name="confidence"/> percent: 1.959964 for 95.</summary>
    public static double CriticalValue(double confidence) =>
        NormalDistribution.Quantile(1.0 - ((1.0 - (confidence / 100.0)) / 2.0));
}
