using System.Text;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Html.Markup;

namespace ReportGen.Rendering.Html.Content;

/// <summary>What the writers of one document share: the document, its element ids and the markup written so far.</summary>
internal sealed class HtmlContext(ReportDocument document)
{
    private int _tables;
    private int _charts;

    /// <summary>The document being written.</summary>
    public ReportDocument Document { get; } = document;

    /// <summary>The headings' ids.</summary>
    public ElementIds Ids { get; } = ElementIds.For(DocumentWalk.Headings(document));

    /// <summary>The markup.</summary>
    public StringBuilder Html { get; } = new();

    /// <summary>The width of the widest section's text, in points: the page's width on a wide screen.</summary>
    public double TextWidth { get; } = document.Sections.Count == 0
        ? document.Layout.Portrait.ContentWidth
        : document.Sections.Max(s => document.Layout.Page(s.Orientation).ContentWidth);

    /// <summary>The width on paper of what is being written, in points: the section's text, or the column's.</summary>
    public double SectionWidth { get; set; }

    /// <summary>A new id for a table's caption.</summary>
    public string NextTableId() => $"table-{++_tables}";

    /// <summary>A new id for a chart's caption.</summary>
    public string NextChartId() => $"chart-{++_charts}";

    /// <summary>Appends <paramref name="markup"/> as it is.</summary>
    public HtmlContext Raw(string markup)
    {
        Html.Append(markup);
        return this;
    }

    /// <summary>Appends <paramref name="text"/>, escaped.</summary>
    public HtmlContext Text(string text)
    {
        Html.Append(HtmlText.Escape(text));
        return this;
    }
}
