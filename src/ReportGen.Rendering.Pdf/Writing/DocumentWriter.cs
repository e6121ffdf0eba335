using System.Globalization;
using System.Text;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Pdf.Output;

namespace ReportGen.Rendering.Pdf.Writing;

/// <summary>
/// Writes laid-out pages as a tagged PDF (PDF/UA-1, and PDF/A-2a when asked) in one pass: each page's content and
/// annotations as it is drawn, then the fonts, the structure tree, the outline, the metadata and the catalog.
/// </summary>
internal static class DocumentWriter
{
    /// <summary>What the document's /Producer and the XMP's <c>pdf:Producer</c> say made it.</summary>
    public const string Producer = "ReportGen";

    /// <summary>The PDF of <paramref name="pages"/>, laid out from <paramref name="document"/> in <paramref name="context"/>.</summary>
    public static byte[] Write(IReadOnlyList<LaidOutPage> pages, ReportDocument document, LayoutContext context, bool pdfA)
    {
        var file = new PdfFile();
        var catalog = file.Reserve();
        var pagesRoot = file.Reserve();
        var resources = file.Reserve();
        var pageNumbers = pages.Select(_ => file.Reserve()).ToList();
        var tree = new StructureTree(file);
        var fonts = new DocumentFonts(file, context.Fonts);

        var painter = new PagePainter(file, tree, fonts, context.Fonts, Outline.Destinations(pages), pageNumbers, pagesRoot, resources);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var number = document.PageNumberText(page.Furniture, i + 1, pages.Count);
            var furniture = PageFurnitureLayout.Draw(page.Furniture, page.Geometry, number, context, tagMarking: i == 0);
            painter.Paint(i, page, furniture.Concat(WrappedLinks.Join(page.Ops)));
        }

        fonts.Write();
        fonts.WriteResources(resources);
        tree.Write(pageNumbers);

        var sink = file.Begin(pagesRoot).Raw("<</Type/Pages/Count "u8).Int(pages.Count).Raw("/Kids["u8);
        for (var i = 0; i < pageNumbers.Count; i++)
        {
            (i > 0 ? sink.Space() : sink).Reference(pageNumbers[i]);
        }

        sink.Raw("]>>"u8);
        file.End();

        var outline = Outline.Write(file, pages, pageNumbers);
        var metadata = file.Reserve();
        file.Stream(
            metadata, Encoding.UTF8.GetBytes(XmpMetadata.Packet(document.Info, Producer, pdfA)), compress: false,
            keys: s => s.Raw("/Type/Metadata/Subtype/XML"u8));
        var intent = pdfA ? OutputIntent(file) : 0;
        var info = Info(file, document.Info);

        sink = file.Begin(catalog).Raw("<</Type/Catalog/Pages "u8).Reference(pagesRoot)
            .Raw("/Lang"u8).Text(document.Info.Language)
            .Raw("/MarkInfo<</Marked true>>/StructTreeRoot "u8).Reference(tree.Root)
            .Raw("/Metadata "u8).Reference(metadata)
            .Raw("/ViewerPreferences<</DisplayDocTitle true>>"u8);
        if (outline > 0)
        {
            // Open with the bookmarks showing, so a reader sees the pack's parts at once.
            sink.Raw("/Outlines "u8).Reference(outline).Raw("/PageMode/UseOutlines"u8);
        }

        if (intent > 0)
        {
            sink.Raw("/OutputIntents["u8).Reference(intent).Byte((byte)']');
        }

        sink.Raw(">>"u8);
        file.End();
        return DeterministicOutput.Apply(file.Finish(catalog, info));
    }

    // The document information dictionary: title, author, subject, keywords, creator and producer, and the report's
    // own time as both dates (matching the XMP), or no date.
    static int Info(PdfFile file, DocumentInfo info) => file.Add(sink =>
    {
        sink.Raw("<</Title"u8).Text(info.Title);
        if (!string.IsNullOrEmpty(info.Author))
        {
            sink.Raw("/Author"u8).Text(info.Author);
        }

        if (!string.IsNullOrEmpty(info.Subject))
        {
            sink.Raw("/Subject"u8).Text(info.Subject);
        }

        if (info.Keywords is { Count: > 0 } keywords)
        {
            sink.Raw("/Keywords"u8).Text(string.Join(", ", keywords));
        }

        sink.Raw("/Creator(ReportGen)/Producer"u8).Text(Producer);
        if (info.Created is { } created)
        {
            var date = "D:" + created.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'";
            sink.Raw("/CreationDate"u8).Literal(date).Raw("/ModDate"u8).Literal(date);
        }

        sink.Raw(">>"u8);
    });

    // PDF/A's output intent: sRGB (the ICC's sRGB2014 profile, Color/sRGB2014.icc).
    static int OutputIntent(PdfFile file)
    {
        var profile = file.Reserve();
        file.Stream(profile, SrgbProfile.Value, keys: s => s.Raw("/N 3"u8));
        return file.Add(sink => sink.Raw("<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier(sRGB)"u8)
            .Raw("/RegistryName(http://www.color.org)/Info(sRGB IEC61966-2.1)/DestOutputProfile "u8).Reference(profile).Raw(">>"u8));
    }

    static readonly Lazy<byte[]> SrgbProfile = new(() =>
    {
        using var stream = typeof(DocumentWriter).Assembly.GetManifestResourceStream("ReportGen.Color.sRGB2014.icc")
            ?? throw new InvalidOperationException("The sRGB profile is missing from the renderer's assembly.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    });
}
