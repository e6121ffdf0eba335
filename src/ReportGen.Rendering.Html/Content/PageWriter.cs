using System.Globalization;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Html.Markup;
using ReportGen.Rendering.Html.Styles;

namespace ReportGen.Rendering.Html.Content;

/// <summary>
/// Writes the whole page: the head (language, title, document properties, the stylesheet), a skip link, the page
/// furniture's header with the marking at the top, the contents list, each section in turn, and the footer with the
/// marking at the bottom; a draft (<see cref="PageFurniture.Watermark"/>) says so under the top marking. Furniture is the first section's (a section whose running header differs starts with its
/// own); a page has no page numbers.
/// </summary>
internal static class PageWriter
{
    /// <summary>The id of the main content, which the skip link goes to.</summary>
    public const string MainId = "main";

    public static string Write(ReportDocument document)
    {
        var context = new HtmlContext(document);
        var furniture = Furniture(document);
        var marking = furniture.Marking;

        Head(document, context);
        context.Raw($"<body>\n<a class=\"skip-link\" href=\"#{MainId}\">Skip to content</a>\n<header class=\"page-header\">\n");
        Marking(marking, "marking-top", context);
        if (!string.IsNullOrEmpty(furniture.Watermark))
        {
            // A draft says so once, at the top, in words (a page has no pages to print a watermark across).
            context.Raw("<p class=\"draft-mark\">").Text(furniture.Watermark).Raw("</p>\n");
        }

        if (!string.IsNullOrEmpty(furniture.HeaderText))
        {
            context.Raw("<p class=\"running-header\">").Text(furniture.HeaderText).Raw("</p>\n");
        }

        context.Raw("</header>\n");
        ContentsList.Write(context);
        context.Raw($"<main id=\"{MainId}\">\n");
        var header = furniture.HeaderText;
        foreach (var section in document.Sections)
        {
            context.SectionWidth = document.Layout.Page(section.Orientation).ContentWidth;
            context.Raw(section.Orientation == Orientation.Landscape ? "<section class=\"landscape\">\n" : "<section class=\"portrait\">\n");
            if (section.Furniture.HeaderText != header && !string.IsNullOrEmpty(section.Furniture.HeaderText))
            {
                context.Raw("<p class=\"running-header\">").Text(section.Furniture.HeaderText).Raw("</p>\n");
            }

            header = section.Furniture.HeaderText;
            BlockWriter.Write(section.Blocks, context);
            context.Raw("</section>\n");
        }

        context.Raw("</main>\n<footer class=\"page-footer\">\n");
        var footer = furniture.FooterText;
        if (!string.IsNullOrEmpty(footer))
        {
            context.Raw("<p class=\"running-footer\">").Text(footer).Raw("</p>\n");
        }

        Marking(marking, "marking-bottom", context);
        context.Raw("</footer>\n</body>\n</html>\n");
        return context.Html.ToString();
    }

    private static void Head(ReportDocument document, HtmlContext context)
    {
        var info = document.Info;
        context.Raw($"<!DOCTYPE html>\n<html lang=\"{HtmlText.Attribute(info.Language)}\">\n<head>\n<meta charset=\"utf-8\">\n");
        context.Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        context.Raw("<title>").Text(info.Title).Raw("</title>\n");
        Meta("author", info.Author, context);
        Meta("description", info.Subject, context);
        Meta("keywords", info.Keywords is { Count: > 0 } keywords ? string.Join(", ", keywords) : null, context);
        Meta("dcterms.created", info.Created?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), context);
        context.Raw("<style>\n").Raw(StyleSheet.For(document.Style, document.Layout, context.TextWidth, Furniture(document))).Raw("</style>\n</head>\n");
    }

    /// <summary>The furniture of the page: the first section's header, the first footer and the first marking any section has.</summary>
    public static PageFurniture Furniture(ReportDocument document) => new(
        HeaderText: document.Sections.FirstOrDefault()?.Furniture.HeaderText,
        FooterText: document.Sections.Select(s => s.Furniture.FooterText).FirstOrDefault(f => !string.IsNullOrEmpty(f)),
        PageNumberFormat: string.Empty,
        Marking: document.Sections.Select(s => s.Furniture.Marking).FirstOrDefault(m => !string.IsNullOrEmpty(m)))
    {
        Watermark = document.Sections.Select(s => s.Furniture.Watermark).FirstOrDefault(w => !string.IsNullOrEmpty(w)),
    };

    private static void Meta(string name, string? content, HtmlContext context)
    {
        if (!string.IsNullOrEmpty(content))
        {
            context.Raw($"<meta name=\"{name}\" content=\"{HtmlText.Attribute(content)}\">\n");
        }
    }

    private static void Marking(string? marking, string kind, HtmlContext context)
    {
        if (!string.IsNullOrEmpty(marking))
        {
            context.Raw($"<p class=\"marking {kind}\">").Text(marking).Raw("</p>\n");
        }
    }
}
