using FsCheck;
using FsCheck.Fluent;

namespace ReportGen.Core.Tests.Analytics;

/// <summary>Survey counts: <paramref name="Successes"/> of <paramref name="Trials"/> at a confidence level.</summary>
public sealed record Proportion(int Successes, int Trials, decimal Confidence)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Successes}/{Trials} at {Confidence}%";
}

/// <summary>Two survey samples.</summary>
public sealed record TwoSamples(int X1, int N1, int X2, int N2)
{
    /// <inheritdoc/>
    public override string ToString() => $"{X1}/{N1} v {X2}/{N2}";
}

/// <summary>Peer groups with their figures (few distinct values, so ties are common), a shuffle of them, and which is "us".</summary>
public sealed record Peers((string Name, decimal Value)[] Groups, (string Name, decimal Value)[] Shuffled, string Self)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Self} among {string.Join(", ", Groups.Select(g => $"{g.Name}={g.Value}"))}";
}

/// <summary>Two years of monthly counts from April 2015, some of last year's possibly zero.</summary>
public sealed record TwoYearsOfMonths(decimal[] Values)
{
    /// <inheritdoc/>
    public override string ToString() => string.Join(' ', Values);
}

/// <summary>Generators for the analytics property tests.</summary>
public static class AnalyticsArbitraries
{
    public static Arbitrary<Proportion> Proportion() =>
        (from trials in Gen.OneOf(Gen.Choose(1, 10), Gen.Choose(1, 100_000))
         from share in Gen.Choose(0, 1000)
         from confidence in Gen.Elements(50m, 80m, 90m, 95m, 99m, 99.9m)
         select new Proportion((int)((long)trials * share / 1000), trials, confidence))
        .ToArbitrary();

    public static Arbitrary<TwoSamples> TwoSamples() =>
        (from n1 in Gen.Choose(1, 5000)
         from n2 in Gen.Choose(1, 5000)
         from s1 in Gen.Choose(0, 100)
         from s2 in Gen.Choose(0, 100)
         select new TwoSamples(n1 * s1 / 100, n1, n2 * s2 / 100, n2))
        .ToArbitrary();

    public static Arbitrary<Peers> Peers() =>
        (from count in Gen.Choose(1, 50)
         from values in Gen.ArrayOf(Gen.Choose(0, 6), count)
         from self in Gen.Choose(0, count - 1)
         let groups = values.Select((v, i) => ($"G{i}", (decimal)v)).ToArray()
         from shuffled in Gen.Shuffle(groups)
         select new Peers(groups, shuffled, $"G{self}"))
        .ToArbitrary();

    public static Arbitrary<TwoYearsOfMonths> TwoYearsOfMonths() =>
        Gen.ArrayOf(Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 50_000)), 24)
            .Select(values => new TwoYearsOfMonths([.. values.Select(v => (decimal)v)]))
            .ToArbitrary();
}
