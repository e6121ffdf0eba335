using ReportGen.Rendering.Html.Markup;

namespace ReportGen.Rendering.Html.Content;

/// <summary>
/// The contents list before the main content: a link to each heading of levels 1 and 2 that has text (the PDF's
/// outline), in reading order, each level 1 heading's level 2 headings in a list of their own under it.
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
        var open = false;
        for (var i = 0; i < entries.Count; i++)
        {
            var (heading, text) = entries[i];
            var sub = heading.Level == 2 && i > 0;
            if (sub && !open)
            {
                context.Raw("<ul>\n");
                open = true;
            }
            else if (!sub && i > 0)
            {
                context.Raw(open ? "</ul>\n</li>\n" : "</li>\n");
                open = false;
            }

            context.Raw("<li>").Raw($"<a href=\"#{HtmlText.Attribute(context.Ids.Of(heading))}\">").Text(text).Raw("</a>");
            context.Raw(sub ? "</li>\n" : "\n");
        }

        context.Raw(open ? "</ul>\n</li>\n" : "</li>\n").Raw("</ul>\n</nav>\n");
    }
}
