namespace ReportGen.Rendering.Pdf.Fonts;

/// <summary>A face and size of the document's font family.</summary>
/// <param name="Size">The size in points.</param>
/// <param name="Bold">Bold.</param>
/// <param name="Italic">Italic.</param>
internal readonly record struct FontSpec(double Size, bool Bold = false, bool Italic = false)
{
    /// <summary>The same size, bold.</summary>
    public FontSpec AsBold() => this with { Bold = true };
}
