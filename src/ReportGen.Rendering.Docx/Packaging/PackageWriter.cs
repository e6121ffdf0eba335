using DocumentFormat.OpenXml.Packaging;
using ReportGen.Documents.Model;
using ReportGen.Documents.Rendering;
using ReportGen.Rendering.Docx.Content;
using ReportGen.Rendering.Docx.Styles;
using Ext = DocumentFormat.OpenXml.ExtendedProperties;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Packaging;

/// <summary>
/// Fills an empty Word package: the main document and its styles, font table, numbering, settings, header and footer parts,
/// and the document properties. Every part is added with a counted relationship id (the SDK's default ids are
/// random), so the package is the same every time.
/// </summary>
internal static class PackageWriter
{
    /// <summary>The main document part's entry in the package.</summary>
    public const string DocumentPart = "word/document.xml";

    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string CoreContentType = "application/vnd.openxmlformats-package.core-properties+xml";
    private const string AppContentType = "application/vnd.openxmlformats-officedocument.extended-properties+xml";

    /// <summary>
    /// Fills <paramref name="package"/> with every part but the main document's content, and returns that content
    /// (<see cref="DocumentPart"/> names its entry), to be written into the file with the rest.
    /// </summary>
    public static WordXml Write(WordprocessingDocument package, ReportDocument document, ReferenceDocument? reference = null)
    {
        var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
        var context = new DocxContext(document, main) { Reference = reference };

        main.AddNewPart<StyleDefinitionsPart>(context.NextRelationshipId()).Styles =
            StyleSheet.Build(document.Style, document.Info.Language);
        main.AddNewPart<FontTablePart>(context.NextRelationshipId()).Fonts = FontTable.Build(document.Style.FontFamily);
        var numbering = main.AddNewPart<NumberingDefinitionsPart>(context.NextRelationshipId());
        var settings = main.AddNewPart<DocumentSettingsPart>(context.NextRelationshipId());

        // The document part is written straight from the model as text, not built as elements first; it is left empty
        // in the package and goes straight into the file (DocxRenderer).
        var body = new WordXml("document");
        BodyWriter.Write(body, context);
        settings.Settings = DocumentSettings.Build(document.Info.Language, updateFields: context.Bookmarks.PageReferenced);
        numbering.Numbering = context.Numbering.Build();

        using (var core = package.AddNewPart<CoreFilePropertiesPart>(CoreContentType, "rId2").GetStream(FileMode.Create))
        {
            CoreProperties.Write(core, document.Info);
        }

        package.AddNewPart<ExtendedFilePropertiesPart>(AppContentType, "rId3").Properties = new Ext.Properties(new Ext.Application("ReportGen"));
        return body;
    }
}
