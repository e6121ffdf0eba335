using Markdig.Syntax.Inlines;
using ReportGen.Documents.Model;
using Inline = ReportGen.Documents.Model.Inline;

namespace ReportGen.Composition.Text;

/// <summary>
/// Turns Markdig's inline tree into text runs: <c>**bold**</c>, <c>*italic*</c>, links, line breaks. A link whose
/// address <see cref="LinkTargets"/> does not allow (<c>javascript:</c>…) is kept as its text, and
/// <c>refused</c> is told its address.
/// </summary>
internal static class MarkdownInlines
{
    public static IReadOnlyList<Inline> Read(ContainerInline? container, Action<string>? refused = null)
    {
        var runs = new List<Inline>();
        if (container is not null)
        {
            Walk(container, bold: false, italic: false, runs, refused);
        }

        return Merge(runs);
    }

    private static void Walk(ContainerInline container, bool bold, bool italic, List<Inline> runs, Action<string>? refused)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    runs.Add(new TextRun(literal.Content.ToString(), bold, italic));
                    break;
                case HtmlEntityInline entity:
                    runs.Add(new TextRun(entity.Transcoded.ToString(), bold, italic));
                    break;
                case CodeInline code:
                    runs.Add(new TextRun(code.Content, bold, italic));
                    break;
                case LineBreakInline lineBreak:
                    runs.Add(lineBreak.IsHard ? new LineBreak() : new TextRun(" ", bold, italic));
                    break;
                case AutolinkInline autolink when !LinkTargets.IsAllowed(AddressOf(autolink)):
                    refused?.Invoke(AddressOf(autolink));
                    runs.Add(new TextRun(autolink.Url, bold, italic));
                    break;
                case AutolinkInline autolink:
                    runs.Add(new Hyperlink(autolink.Url, AddressOf(autolink)));
                    break;
                case LinkInline { IsImage: false, Url: ['#', .. var anchor] } link when anchor.Length > 0:
                    // [Crime](#area-1) goes to a heading's anchor inside the document.
                    runs.Add(new AnchorLink(TextOf(link), anchor, bold));
                    break;
                case LinkInline { IsImage: false } link when !LinkTargets.IsAllowed(link.Url):
                    refused?.Invoke(link.Url ?? string.Empty);
                    Walk(link, bold, italic, runs, refused);
                    break;
                case LinkInline { IsImage: false } link:
                    runs.Add(new Hyperlink(TextOf(link), link.Url ?? string.Empty));
                    break;
                case EmphasisInline emphasis:
                    Walk(emphasis, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount == 1, runs, refused);
                    break;
                case HtmlInline html:
                    runs.Add(new TextRun(html.Tag, bold, italic));
                    break;
                case ContainerInline other:
                    Walk(other, bold, italic, runs, refused);
                    break;
            }
        }
    }

    /// <summary>The address an autolink goes to: <c>&lt;a@b.org&gt;</c> is <c>mailto:a@b.org</c>.</summary>
    internal static string AddressOf(AutolinkInline autolink) => autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;

    private static string TextOf(ContainerInline container)
    {
        var runs = new List<Inline>();
        Walk(container, false, false, runs, refused: null);
        return string.Concat(runs.OfType<TextRun>().Select(r => r.Text));
    }

    /// <summary>Joins neighbouring runs of the same style, so renderers see "Total notifiable offences", not three runs.</summary>
    private static IReadOnlyList<Inline> Merge(List<Inline> runs)
    {
        var merged = new List<Inline>(runs.Count);
        foreach (var run in runs)
        {
            if (run is TextRun next && merged.Count > 0 && merged[^1] is TextRun previous
                && previous.Bold == next.Bold && previous.Italic == next.Italic && previous.Color == next.Color)
            {
                merged[^1] = previous with { Text = previous.Text + next.Text };
            }
            else
            {
                merged.Add(run);
            }
        }

        return merged;
    }
}
