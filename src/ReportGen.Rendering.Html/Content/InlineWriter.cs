using System.Globalization;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Html.Markup;

namespace ReportGen.Rendering.Html.Content;

/// <summary>
/// Writes runs of text, links and line breaks. A link to an address <see cref="LinkTargets"/> does not allow is
/// written as its text, never as a link (composition keeps such links as text already; this checks again, as the
/// PDF and Word renderers do). A page reference shows the page the PDF puts its heading on, as a link to it.
/// </summary>
internal static class InlineWriter
{
    public static void Write(IReadOnlyList<Inline> content, HtmlContext context)
    {
        foreach (var inline in content)
        {
            switch (inline)
            {
                case TextRun run:
                    Run(run, context);
                    break;
                case Hyperlink link when !LinkTargets.IsAllowed(link.Url):
                    context.Text(link.Text);
                    break;
                case Hyperlink link when link.Url.StartsWith('#'):
                    Link(Target(link.Url[1..], context), link.Text, bold: false, context);
                    break;
                case Hyperlink link:
                    Link(link.Url, link.Text, bold: false, context);
                    break;
                case AnchorLink link:
                    Link(Target(link.Anchor, context), link.Text, link.Bold, context);
                    break;
                case PageReference reference:
                    var page = context.Document.ExpectedAnchorPages?.GetValueOrDefault(reference.Anchor);
                    if (page is > 0)
                    {
                        Link(Target(reference.Anchor, context), page.Value.ToString(CultureInfo.InvariantCulture), reference.Bold, context);
                    }

                    break;
                case LineBreak:
                    context.Raw("<br>");
                    break;
                default:
                    throw new ArgumentException($"The HTML renderer does not know the inline {inline.GetType().Name}.", nameof(content));
            }
        }
    }

    /// <summary>The text of <paramref name="content"/> without its markup (for the contents list).</summary>
    public static string PlainText(IReadOnlyList<Inline> content) => string.Concat(content.Select(inline => inline switch
    {
        TextRun run => run.Text,
        Hyperlink link => link.Text,
        AnchorLink link => link.Text,
        LineBreak => " ",
        _ => string.Empty,
    }));

    // The link to the heading with the anchor, or null when no heading has it (a link left as text).
    private static string? Target(string anchor, HtmlContext context) => context.Ids.OfAnchor(anchor) is { } id ? "#" + id : null;

    private static void Run(TextRun run, HtmlContext context)
    {
        var open = string.Empty;
        var close = string.Empty;
        if (run.Color is { } color)
        {
            open += $"<span style=\"color:{Css.Color(color)}\">";
            close = "</span>" + close;
        }

        if (run.Bold)
        {
            open += "<strong>";
            close = "</strong>" + close;
        }

        if (run.Italic)
        {
            open += "<em>";
            close = "</em>" + close;
        }

        context.Raw(open).Text(run.Text).Raw(close);
    }

    private static void Link(string? href, string text, bool bold, HtmlContext context)
    {
        if (href is null)
        {
            context.Text(text);
            return;
        }

        context.Raw("<a href=\"").Raw(HtmlText.Attribute(href)).Raw("\">");
        if (bold)
        {
            context.Raw("<strong>").Text(text).Raw("</strong>");
        }
        else
        {
            context.Text(text);
        }

        context.Raw("</a>");
    }
}
