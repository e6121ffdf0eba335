using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Html.Tests.Support;

/// <summary>A document rendered to HTML, as bytes and parsed back by an HTML5 parser (AngleSharp).</summary>
internal static class Rendered
{
    public static byte[] Bytes(ReportDocument document)
    {
        using var stream = new MemoryStream();
        new HtmlRenderer().Render(document, stream);
        return stream.ToArray();
    }

    public static string Markup(ReportDocument document) => Encoding.UTF8.GetString(Bytes(document));

    public static IDocument Parse(ReportDocument document) => Parse(Markup(document));

    public static IDocument Parse(string markup) => new HtmlParser().ParseDocument(markup);

    /// <summary>A one-section portrait document of <paramref name="blocks"/>.</summary>
    public static ReportDocument Of(params Block[] blocks) => Of(new PageFurniture(), blocks);

    /// <summary>A one-section portrait document of <paramref name="blocks"/> with <paramref name="furniture"/>.</summary>
    public static ReportDocument Of(PageFurniture furniture, params Block[] blocks) =>
        new(new DocumentInfo("Test pack", "en-GB"), DocumentStyle.Default, [new Section(Orientation.Portrait, furniture, blocks)]);
}
