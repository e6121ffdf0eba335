namespace ReportGen.Core.Disclosure;

/// <summary>Arithmetic modulo the Mersenne prime 2^61 − 1, for the disclosure audit's exact linear algebra.</summary>
internal static class ModularArithmetic
{
    /// <summary>2^61 − 1.</summary>
    public const ulong Prime = (1UL << 61) - 1;

    public static ulong Add(ulong a, ulong b)
    {
        var sum = a + b;
        return sum >= Prime ? sum - Prime : sum;
    }

    // a·b mod 2^61 − 1 without division: the high bits fold back onto the low ones (2^61 ≡ 1).
    public static ulong Multiply(ulong a, ulong b)
    {
        var high = Math.BigMul(a, b, out var low);
        var folded = (low & Prime) + ((low >> 61) | (high << 3));
        folded = (folded & Prime) + (folded >> 61);
        return folded >= Prime ? folded - Prime : folded;
    }

    // Fermat: a^(p-2) is a's inverse modulo the prime.
    public static ulong Inverse(ulong a)
    {
        ulong result = 1, power = a;
        for (var e = Prime - 2; e > 0; e >>= 1)
        {
            if ((e & 1) == 1)
            {
                result = Multiply(result, power);
            }

            power = Multiply(power, power);
        }

        return result;
    }
}
