namespace ReportGen.Core.Analytics;

/// <summary>
/// The standard normal distribution, for survey statistics. The CDF is Marsaglia's Taylor series (2004) within
/// ±5 and a continued fraction for the tails beyond, both to about 1e-15; the quantile is Acklam's rational
/// approximation polished by one Halley step against that CDF.
/// </summary>
internal static class NormalDistribution
{
    private const double TailFrom = 5.0;
    private static readonly double SqrtTwoPi = Math.Sqrt(2.0 * Math.PI);

    private static readonly double[] A = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
    private static readonly double[] B = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
    private static readonly double[] C = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
    private static readonly double[] D = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];

    /// <summary>The density at <paramref name="x"/>.</summary>
    public static double Density(double x) => Math.Exp(-0.5 * x * x) / SqrtTwoPi;

    /// <summary>P(Z ≤ <paramref name="x"/>).</summary>
    public static double Cdf(double x) => x switch
    {
        double.NaN => double.NaN,
        > TailFrom => 1.0 - UpperTail(x),
        < -TailFrom => UpperTail(-x),
        _ => 0.5 + (Density(x) * Series(x)),
    };

    /// <summary>P(Z &gt; <paramref name="x"/>), accurate far into the upper tail.</summary>
    public static double UpperTail(double x)
    {
        if (x < TailFrom)
        {
            return x < -TailFrom ? 1.0 - UpperTail(-x) : 0.5 - (Density(x) * Series(x));
        }

        // Q(x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + …)))), evaluated bottom-up; 60 terms are ample beyond 5.
        var fraction = x;
        for (var k = 60; k >= 1; k--)
        {
            fraction = x + (k / fraction);
        }

        return Density(x) / fraction;
    }

    /// <summary>The <paramref name="p"/> quantile: the x with P(Z ≤ x) = p, for 0 &lt; p &lt; 1.</summary>
    public static double Quantile(double p)
    {
        if (!(p > 0.0 && p < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A probability strictly between 0 and 1.");
        }

        const double low = 0.02425;
        double x;
        if (p < low)
        {
            var q = Math.Sqrt(-2.0 * Math.Log(p));
            x = Tail(q);
        }
        else if (p > 1.0 - low)
        {
            var q = Math.Sqrt(-2.0 * Math.Log(1.0 - p));
            x = -Tail(q);
        }
        else
        {
            var q = p - 0.5;
            var r = q * q;
            x = Horner(A, r) * q / ((Horner(B, r) * r) + 1.0);
        }

        // One Halley step takes Acklam's 1e-9 to the CDF's own accuracy.
        var error = Cdf(x) - p;
        var u = error * SqrtTwoPi * Math.Exp(0.5 * x * x);
        return x - (u / (1.0 + (0.5 * x * u)));
    }

    private static double Tail(double q) => Horner(C, q) / ((Horner(D, q) * q) + 1.0);

    // c₀xⁿ + c₁xⁿ⁻¹ + … + cₙ.
    private static double Horner(double[] coefficients, double x)
    {
        var sum = 0.0;
        foreach (var c in coefficients)
        {
            sum = (sum * x) + c;
        }

        return sum;
    }

    // x + x³/3 + x⁵/(3·5) + …, summed until a term no longer changes the sum.
    private static double Series(double x)
    {
        double sum = x, term = x, square = x * x;
        for (var k = 3; ; k += 2)
        {
            term *= square / k;
            var next = sum + term;
            if (next == sum)
            {
                return sum;
            }

            sum = next;
        }
    }
}
