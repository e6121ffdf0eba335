using ReportGen.Core.Indicators;

namespace ReportGen.Core.Calculation;

/// <summary>A rating and, for band ratings, the band's words.</summary>
/// <param name="Rag">The rating, or <see langword="null"/>.</param>
/// <param name="Label">The band's label ("Satisfactory"), if any.</param>
internal sealed record RagOutcome(Rag? Rag, string? Label)
{
    /// <summary>No rating.</summary>
    public static RagOutcome None { get; } = new(null, null);
}
