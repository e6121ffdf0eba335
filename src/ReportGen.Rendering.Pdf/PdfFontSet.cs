namespace ReportGen.Rendering.Pdf;

/// <summary>
/// The faces of one font family for <see cref="PdfRenderer"/>, as TrueType or OpenType bytes; the faces used are
/// embedded as subsets. A missing bold or italic face is simulated from the regular (or bold) one.
/// </summary>
/// <param name="Name">The family's name, such as <c>Liberation Sans</c>; font sets are told apart by it and their bytes.</param>
/// <param name="Regular">The regular face.</param>
/// <param name="Bold">The bold face, or <see langword="null"/> to embolden the regular face.</param>
/// <param name="Italic">The italic face, or <see langword="null"/> to slant the regular face.</param>
/// <param name="BoldItalic">The bold italic face, or <see langword="null"/> to slant the bold (or embolden the italic) face.</param>
public sealed record PdfFontSet(string Name, byte[] Regular, byte[]? Bold, byte[]? Italic, byte[]? BoldItalic)
{
    /// <summary>
    /// Why <paramref name="face"/> cannot be embedded (not a TrueType font, damaged, PostScript outlines, a collection),
    /// in a few words; <see langword="null"/> when it can.
    /// </summary>
    public static string? Problem(byte[] face)
    {
        ArgumentNullException.ThrowIfNull(face);
        try
        {
            Fonts.FontBook.Read(face);
            return null;
        }
        catch (InvalidDataException e)
        {
            return e.Message;
        }
    }
}
