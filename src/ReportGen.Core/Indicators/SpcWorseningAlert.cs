namespace ReportGen.Core.Indicators;

/// <summary>
/// A local escalation rule beside the Making Data Count rules: a number of consecutive moves in the worse direction,
/// each ending strictly beyond a line of the chart on the worse side. City of London Police's "4 consecutive
/// increases above a control level" for a crime count (lower is better) is <c>new SpcWorseningAlert(4, SpcLevel.Mean)</c>.
/// </summary>
public sealed record SpcWorseningAlert
{
    private readonly int _moves;

    /// <summary>Creates the rule: <paramref name="moves"/> consecutive worsening moves beyond <paramref name="beyond"/>.</summary>
    public SpcWorseningAlert(int moves, SpcLevel beyond)
    {
        Moves = moves;
        Beyond = beyond;
    }

    /// <summary>How many consecutive worsening moves raise the alert (at least 1).</summary>
    public int Moves
    {
        get => _moves;
        init => _moves = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Moves), value, "A worsening alert needs at least one move.");
    }

    /// <summary>The line each point of those moves must lie strictly beyond, on the worse side.</summary>
    public SpcLevel Beyond { get; init; }
}
