namespace ReportGen.Core.Disclosure;

/// <summary>Orders cells by their counts: the first count, then the next (a rate's numerator, then its denominator).</summary>
internal sealed class WeightComparer : IComparer<decimal[]>
{
    public static WeightComparer Instance { get; } = new();

    public int Compare(decimal[]? x, decimal[]? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            if (x[i].CompareTo(y[i]) is var order and not 0)
            {
                return order;
            }
        }

        return x.Length.CompareTo(y.Length);
    }
}
