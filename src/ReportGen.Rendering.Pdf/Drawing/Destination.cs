namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>Where an anchor is: a page (1-based, in the file) and the top-left of what it names, in layout coordinates.</summary>
/// <param name="Page">The page's position in the file, from 1.</param>
/// <param name="X">The left edge.</param>
/// <param name="Y">The top edge, from the top of the page.</param>
/// <param name="PageHeight">The page's height, to turn <paramref name="Y"/> into PDF user space (y up from the foot).</param>
internal sealed record Destination(int Page, double X, double Y, double PageHeight);
