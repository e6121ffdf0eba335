namespace ReportGen.Core.Disclosure;

/// <summary>A sum the figures obey: the total's counts are the parts' counts added up (each weight separately).</summary>
/// <param name="Total">The total's cell.</param>
/// <param name="Parts">The parts' cells.</param>
internal sealed record Relation(int Total, IReadOnlyList<int> Parts)
{
    /// <summary>Every cell of the relation, the total first.</summary>
    public IEnumerable<int> Cells => Parts.Prepend(Total);
}
