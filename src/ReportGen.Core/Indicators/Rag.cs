namespace ReportGen.Core.Indicators;

/// <summary>A red, amber or green rating. "No rating" is a <see langword="null"/> <see cref="Rag"/>.</summary>
public enum Rag
{
    /// <summary>Off target and not improving (or as the method defines it).</summary>
    Red,

    /// <summary>Off target but improving or steady (or as the method defines it).</summary>
    Amber,

    /// <summary>On target or within tolerance.</summary>
    Green,
}
