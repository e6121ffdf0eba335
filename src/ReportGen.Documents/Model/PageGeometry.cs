namespace ReportGen.Documents.Model;

/// <summary>
/// The paper and margins of a page in one orientation, in points: what every renderer reads, converting to its own
/// units (PDF points rounded to whole paper sizes, Word twips).
/// </summary>
/// <param name="Width">The paper's width.</param>
/// <param name="Height">The paper's height.</param>
/// <param name="SideMargin">The margin left and right of the text.</param>
/// <param name="VerticalMargin">The margin above and below the text, in which the running header and footer sit.</param>
/// <param name="FurnitureDistance">
/// From the paper's edge to the running header's top and to the footer's bottom, for formats that place the header
/// and footer from the paper's edge (Word).
/// </param>
public sealed record PageGeometry(double Width, double Height, double SideMargin, double VerticalMargin, double FurnitureDistance)
{
    /// <summary>A centimetre in points.</summary>
    public const double Centimetre = 72 / 2.54;

    /// <summary>
    /// A4 portrait: 2 cm margins; the header and footer 1.25 cm from the paper's edge; about 2.5 cm (70.9 pt, 1,418
    /// twips) above and below the text in editable formats, Word packs' roomier margin.
    /// </summary>
    public static PageGeometry A4Portrait { get; } = new(21 * Centimetre, 29.7 * Centimetre, 2 * Centimetre, 2 * Centimetre, 1.25 * Centimetre)
    {
        EditableVerticalMargin = 70.9,
    };

    /// <summary>
    /// A4 landscape with narrower margins (1.5 cm at the sides, 1.7 cm above and below), so wide tables and dashboards
    /// get more room, in every format alike; the header and footer 0.6 cm from the paper's edge, so the header's
    /// line, its rule and a marking's line above it still end above the 1.7 cm margin.
    /// </summary>
    public static PageGeometry A4Landscape { get; } = new(29.7 * Centimetre, 21 * Centimetre, 1.5 * Centimetre, 1.7 * Centimetre, 0.6 * Centimetre);

    /// <summary>
    /// The margin above and below the text in editable formats (Word), whose application places the running header
    /// and footer itself; <see cref="VerticalMargin"/> unless set.
    /// </summary>
    public double EditableVerticalMargin { get; init; } = VerticalMargin;

    /// <summary>The width between the side margins.</summary>
    public double ContentWidth => Width - (2 * SideMargin);

    /// <summary>The height between the margins above and below the text.</summary>
    public double ContentHeight => Height - (2 * VerticalMargin);
}
