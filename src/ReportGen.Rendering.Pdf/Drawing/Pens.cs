using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>Dash patterns for lines, whose lengths are the same in points at any width.</summary>
internal static class Pens
{
    /// <summary>The dash and gap lengths of <paramref name="dash"/>, in points; <see langword="null"/> for a solid line.</summary>
    public static double[]? Pattern(LineDash dash) => dash switch
    {
        LineDash.Dash => [4.5, 2.5],
        LineDash.Dot => [0.1, 2.5],
        LineDash.LongDash => [9, 3],
        _ => null,
    };
}
