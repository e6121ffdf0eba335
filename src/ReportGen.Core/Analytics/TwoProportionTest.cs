namespace ReportGen.Core.Analytics;

/// <summary>
/// The two-proportion z test with a pooled proportion: whether two independent survey results differ by more
/// than chance would explain. z = (p₁ − p₂) ÷ √(p(1 − p)(1/n₁ + 1/n₂)), p the pooled proportion.
/// </summary>
internal static class TwoProportionTest
{
    /// <summary>
    /// The z statistic and two-sided p-value of <paramref name="x1"/>/<paramref name="n1"/> against
    /// <paramref name="x2"/>/<paramref name="n2"/>; <see langword="null"/> when either sample is empty or not a
    /// proportion, or when both are 0% or both 100% (no variation to test against).
    /// </summary>
    public static (double Z, double PValue)? Test(double x1, double n1, double x2, double n2)
    {
        if (!(n1 > 0.0 && n2 > 0.0) || x1 < 0.0 || x2 < 0.0 || x1 > n1 || x2 > n2)
        {
            return null;
        }

        var pooled = (x1 + x2) / (n1 + n2);
        var variance = pooled * (1.0 - pooled) * ((1.0 / n1) + (1.0 / n2));
        if (!(variance > 0.0))
        {
            return null;
        }

        var z = ((x1 / n1) - (x2 / n2)) / Math.Sqrt(variance);
        return (z, Math.Min(1.0, 2.0 * NormalDistribution.UpperTail(Math.Abs(z))));
    }
}
