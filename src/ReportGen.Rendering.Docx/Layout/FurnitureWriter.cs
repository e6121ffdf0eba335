using DocumentFormat.OpenXml.Packaging;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Content;
using ReportGen.Rendering.Docx.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Layout;

/// <summary>
/// A section's header and footer parts: the marking centred above the running header, which is ruled off from the
/// text; the footer text left and the page number right under a rule, and the marking centred again below.
/// </summary>
internal static class FurnitureWriter
{
    /// <summary>
    /// Adds the section's header and footer parts, whose lines are <paramref name="textWidth"/> twips wide, and returns
    /// their relationship ids.
    /// </summary>
    public static (string HeaderId, string FooterId) Add(Section section, int textWidth, DocxContext context)
    {
        var furniture = section.Furniture;

        var headerId = context.NextRelationshipId();
        var header = context.Main.AddNewPart<HeaderPart>(headerId);
        var headerParagraphs = new List<W.Paragraph>();
        if (!string.IsNullOrEmpty(furniture.Marking))
        {
            headerParagraphs.Add(Marking(StyleIds.Header, furniture.Marking));
        }

        if (!string.IsNullOrEmpty(furniture.HeaderText))
        {
            var running = Line(StyleIds.Header, textWidth, InlineWriter.Run(furniture.HeaderText));
            running.ParagraphProperties!.ParagraphBorders = new W.ParagraphBorders(Rule<W.BottomBorder>(context.Style.RuleColor));
            headerParagraphs.Add(running);
        }

        header.Header = new W.Header(OrEmpty(headerParagraphs, StyleIds.Header));

        var footerId = context.NextRelationshipId();
        var footer = context.Main.AddNewPart<FooterPart>(footerId);
        var footerParagraphs = new List<W.Paragraph>();
        if (!string.IsNullOrEmpty(furniture.FooterText) || !string.IsNullOrEmpty(furniture.PageNumberFormat))
        {
            var runs = new List<W.Run>();
            if (!string.IsNullOrEmpty(furniture.FooterText))
            {
                runs.Add(InlineWriter.Run(furniture.FooterText));
            }

            if (!string.IsNullOrEmpty(furniture.PageNumberFormat))
            {
                runs.Add(new W.Run(new W.TabChar()));
                runs.AddRange(PageNumberField.Runs(furniture.PageNumberFormat, context.Document.FirstPageNumber));
            }

            var line = Line(StyleIds.Footer, textWidth, [.. runs]);
            line.ParagraphProperties!.ParagraphBorders = new W.ParagraphBorders(Rule<W.TopBorder>(context.Style.RuleColor));
            footerParagraphs.Add(line);
        }

        if (!string.IsNullOrEmpty(furniture.Marking))
        {
            footerParagraphs.Add(Marking(StyleIds.Footer, furniture.Marking));
        }

        footer.Footer = new W.Footer(OrEmpty(footerParagraphs, StyleIds.Footer));
        return (headerId, footerId);
    }

    private static W.Paragraph Line(string styleId, int textWidth, params W.Run[] runs)
    {
        var paragraph = new W.Paragraph(new W.ParagraphProperties
        {
            ParagraphStyleId = new W.ParagraphStyleId { Val = styleId },
            Tabs = new W.Tabs(new W.TabStop { Val = W.TabStopValues.Right, Position = textWidth }),
        });
        paragraph.Append(runs);
        return paragraph;
    }

    private static W.Paragraph Marking(string styleId, string marking) => new(
        new W.ParagraphProperties
        {
            ParagraphStyleId = new W.ParagraphStyleId { Val = styleId },
            Justification = new W.Justification { Val = W.JustificationValues.Center },
        },
        InlineWriter.Run(marking, new W.RunProperties { Bold = new W.Bold(), BoldComplexScript = new W.BoldComplexScript() }));

    private static List<W.Paragraph> OrEmpty(List<W.Paragraph> paragraphs, string styleId) =>
        paragraphs.Count > 0
            ? paragraphs
            : [new W.Paragraph(new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = styleId } })];

    private static T Rule<T>(Rgb color)
        where T : W.BorderType, new() =>
        new() { Val = W.BorderValues.Single, Size = 4, Space = 4, Color = color.Hex };
}
