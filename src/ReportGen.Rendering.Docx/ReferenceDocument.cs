using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Documents.Model;
using A = DocumentFormat.OpenXml.Drawing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx;

/// <summary>
/// A council's own Word document or template (<c>--reference-docx</c>), as pandoc's reference documents are used:
/// its house style is read from it (the body font, heading colour and sizes) and applied to the pack's
/// <see cref="DocumentStyle"/>, so the Word file and, where it can, the PDF follow it; and the pictures in its
/// header (a logo) are put at the top of every Word page's header. Its page setup is not taken: the pack's page
/// geometry is shared with the PDF, whose page numbers the contents pages print.
/// </summary>
public sealed class ReferenceDocument
{
    private ReferenceDocument(string? fontFamily, Rgb? headingColor, IReadOnlyList<double?> headingSizes, IReadOnlyList<HeaderPicture> pictures)
    {
        FontFamily = fontFamily;
        HeadingColor = headingColor;
        HeadingSizes = headingSizes;
        HeaderPictures = pictures;
    }

    /// <summary>The body font's name (the Normal style's, else the document defaults', else the theme's minor font).</summary>
    public string? FontFamily { get; }

    /// <summary>The colour of Heading 1, if the document gives one.</summary>
    public Rgb? HeadingColor { get; }

    /// <summary>The sizes in points of Heading 1 to 4, each if the document gives it.</summary>
    public IReadOnlyList<double?> HeadingSizes { get; }

    /// <summary>The pictures of the first section's header (a logo), with their image bytes.</summary>
    internal IReadOnlyList<HeaderPicture> HeaderPictures { get; }

    /// <summary>
    /// Reads <paramref name="bytes"/> as a Word document or template; <see langword="null"/> and the reason in
    /// <paramref name="error"/> when it is not one.
    /// </summary>
    public static ReferenceDocument? Read(byte[] bytes, out string? error)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            if (TooLarge(bytes) is { } tooLarge)
            {
                error = tooLarge;
                return null;
            }

            using var stream = new MemoryStream(bytes, writable: false);
            using var word = WordprocessingDocument.Open(stream, isEditable: false);
            var main = word.MainDocumentPart ?? throw new OpenXmlPackageException("it has no main document part");
            var styles = main.StyleDefinitionsPart?.Styles;
            var font = StyleFont(styles, "Normal") ?? DefaultFont(styles) ?? ThemeFont(main);
            var color = StyleOf(styles, "Heading1")?.StyleRunProperties?.Color?.Val?.Value is { } hex && Rgb.TryFromHex("#" + hex, out var rgb) ? rgb : (Rgb?)null;
            var sizes = Enumerable.Range(1, 4)
                .Select(level => StyleOf(styles, "Heading" + level.ToString(CultureInfo.InvariantCulture))?.StyleRunProperties?.FontSize?.Val?.Value is { } half
                    && double.TryParse(half, NumberStyles.Number, CultureInfo.InvariantCulture, out var halfPoints) && halfPoints > 0 ? halfPoints / 2 : (double?)null)
                .ToList();
            var pictures = Pictures(main);
            if (pictures.FirstOrDefault(p => p.Bytes.Length > MaxPictureBytes) is { } huge)
            {
                error = $"its header picture '{huge.Description}' is {Megabytes(huge.Bytes.Length)} MB, more than a logo needs (at most {Megabytes(MaxPictureBytes)} MB); save a smaller picture in its header";
                return null;
            }

            error = null;
            return new ReferenceDocument(font, color, sizes, pictures);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or InvalidOperationException or ArgumentException or FormatException or System.Xml.XmlException)
        {
            error = $"it is not a Word document or template that can be read ({e.Message})";
            return null;
        }
    }

    /// <summary>The most a reference document may unpack to: Word's own templates unpack to well under a megabyte.</summary>
    public const long MaxUnpackedBytes = 64L * 1024 * 1024;

    /// <summary>The largest header picture taken from a reference document.</summary>
    public const long MaxPictureBytes = 4L * 1024 * 1024;

    /// <summary>
    /// Why <paramref name="bytes"/> would unpack to too much (a zip bomb), by the sizes its zip directory gives, before
    /// any part is inflated; or <see langword="null"/>. Not a zip at all is left to the Open XML reader to say.
    /// </summary>
    private static string? TooLarge(byte[] bytes)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes, writable: false), System.IO.Compression.ZipArchiveMode.Read);
        var total = 0L;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (total > MaxUnpackedBytes)
            {
                return $"it unpacks to more than {Megabytes(MaxUnpackedBytes)} MB unpacked ('{entry.FullName}' alone is {Megabytes(entry.Length)} MB), far more than a Word document or template holds";
            }
        }

        return null;
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary><paramref name="style"/> in this document's house style, where it gives one.</summary>
    public DocumentStyle Apply(DocumentStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return style with
        {
            FontFamily = FontFamily ?? style.FontFamily,
            HeadingColor = HeadingColor ?? style.HeadingColor,
            HeadingSizes = [.. style.HeadingSizes.Select((size, i) => i < HeadingSizes.Count ? HeadingSizes[i] ?? size : size)],
        };
    }

    private static W.Style? StyleOf(W.Styles? styles, string id) =>
        styles?.Elements<W.Style>().FirstOrDefault(s => s.StyleId?.Value == id);

    private static string? StyleFont(W.Styles? styles, string id) => NonEmpty(StyleOf(styles, id)?.StyleRunProperties?.RunFonts?.Ascii?.Value);

    private static string? DefaultFont(W.Styles? styles) =>
        NonEmpty(styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.RunFonts?.Ascii?.Value);

    private static string? ThemeFont(MainDocumentPart main) =>
        NonEmpty(main.ThemePart?.Theme?.ThemeElements?.FontScheme?.MinorFont?.LatinFont?.Typeface?.Value);

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // The pictures of the first section's default header, in order: a logo, usually.
    private static List<HeaderPicture> Pictures(MainDocumentPart main)
    {
        var section = main.Document?.Body?.Descendants<W.SectionProperties>().FirstOrDefault();
        var id = section?.Elements<W.HeaderReference>().FirstOrDefault(h => h.Type?.InnerText == "default")?.Id?.Value
            ?? section?.Elements<W.HeaderReference>().FirstOrDefault()?.Id?.Value;
        if (id is null || !main.TryGetPartById(id, out var part) || part is not HeaderPart header || header.Header is null)
        {
            return [];
        }

        var pictures = new List<HeaderPicture>();
        foreach (var drawing in header.Header.Descendants<W.Drawing>())
        {
            var blip = drawing.Descendants<A.Blip>().FirstOrDefault();
            var extent = drawing.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().FirstOrDefault();
            // A picture linked to a file or address outside the document (an external relationship) is left out: never fetched.
            if (blip?.Embed?.Value is not { } rel || extent is null || !header.TryGetPartById(rel, out var found) || found is not ImagePart image)
            {
                continue;
            }

            using var data = image.GetStream();
            using var copy = new MemoryStream();
            data.CopyTo(copy);
            var name = drawing.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().FirstOrDefault();
            pictures.Add(new HeaderPicture(copy.ToArray(), image.ContentType, extent.Cx?.Value ?? 0, extent.Cy?.Value ?? 0, name?.Description?.Value ?? name?.Name?.Value ?? "Logo"));
        }

        return pictures;
    }
}

/// <summary>A picture in a reference document's header.</summary>
/// <param name="Bytes">The image.</param>
/// <param name="ContentType">Its content type (image/png, image/jpeg).</param>
/// <param name="Width">Its width in EMUs.</param>
/// <param name="Height">Its height in EMUs.</param>
/// <param name="Description">Its alternative text.</param>
internal sealed record HeaderPicture(byte[] Bytes, string ContentType, long Width, long Height, string Description);
