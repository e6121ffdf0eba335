using ReportGen.Documents.Model;
using ReportGen.Rendering.Html.Markup;

namespace ReportGen.Rendering.Html.Content;

/// <summary>
/// The contents list before the main content: a link to each heading of levels 1 and 2 that has text, in reading
/// order, level 2 indented under its level 1.
/// </summary>
internal static class ContentsList
{
    public static void Write(HtmlContext context)
    {
        var entries = DocumentWalk.Headings(context.Document)
            .Where(h => h.Level <= 2)
            .Select(h => (Heading: h, Text: InlineWriter.PlainText(h.Content).Trim()))
            .Where(e => e.Text.Length > 0)
            .ToList();
        if (entries.Count == 0)
        {
            return;
        }

        context.Raw("<nav class=\"contents\" aria-label=\"Contents\">\n<p class=\"contents-title\">Contents</p>\n<ul>\n");
        foreach (var (heading, text) in entries)
        {
            context.Raw(heading.Level <= 1 ? "<li>" : "<li class=\"sub\">")
                .Raw($"<a href=\"#{HtmlText.Attribute(context.Ids.Of(heading))}\">").Text(text).Raw("</a></li>\n");
        }

        context.Raw("</ul>\n</nav>\n");
    }
}
