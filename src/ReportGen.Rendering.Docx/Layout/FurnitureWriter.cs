using DocumentFormat.OpenXml.Packaging;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Content;
using ReportGen.Rendering.Docx.Styles;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
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

        if (context.Reference is { HeaderPictures.Count: > 0 } reference)
        {
            headerParagraphs.Insert(0, Logo(reference.HeaderPictures, header, context));
        }

        var headerContent = OrEmpty(headerParagraphs, StyleIds.Header);
        if (!string.IsNullOrEmpty(furniture.Watermark))
        {
            // Anchored behind the text, the shape takes no room in the header's first line.
            headerContent[0].Append(Watermark(furniture.Watermark, headerId));
        }

        header.Header = new W.Header(headerContent);

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

    /// <summary>
    /// <paramref name="text"/> as Word writes a text watermark (Design, Watermark): WordArt in the header, pale,
    /// turned along the page's diagonal and centred on the page behind the text; LibreOffice shows it too.
    /// <paramref name="id"/> makes the shape's name unique in the document.
    /// </summary>
    internal static W.Run Watermark(string text, string id) => new(
        "<w:r xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:v=\"urn:schemas-microsoft-com:vml\"" +
        " xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w10=\"urn:schemas-microsoft-com:office:word\">" +
        "<w:rPr><w:noProof/></w:rPr><w:pict>" +
        "<v:shapetype id=\"_x0000_t136\" coordsize=\"21600,21600\" o:spt=\"136\" adj=\"10800\" path=\"m@7,l@8m@5,21600l@6,21600e\">" +
        "<v:formulas><v:f eqn=\"sum #0 0 10800\"/><v:f eqn=\"prod #0 2 1\"/><v:f eqn=\"sum 21600 0 @1\"/><v:f eqn=\"sum 0 0 @2\"/>" +
        "<v:f eqn=\"sum 21600 0 @3\"/><v:f eqn=\"if @0 @3 0\"/><v:f eqn=\"if @0 21600 @1\"/><v:f eqn=\"if @0 0 @2\"/>" +
        "<v:f eqn=\"if @0 @4 21600\"/><v:f eqn=\"mid @5 @6\"/><v:f eqn=\"mid @8 @5\"/><v:f eqn=\"mid @7 @8\"/><v:f eqn=\"mid @6 @7\"/>" +
        "<v:f eqn=\"sum @6 0 @5\"/></v:formulas>" +
        "<v:path textpathok=\"t\" o:connecttype=\"custom\" o:connectlocs=\"@9,0;@10,10800;@11,21600;@12,10800\" o:connectangles=\"270,180,90,0\"/>" +
        "<v:textpath on=\"t\" fitshape=\"t\"/><v:handles><v:h position=\"#0,bottomRight\" xrange=\"6629,14971\"/></v:handles>" +
        "<o:lock v:ext=\"edit\" text=\"t\" shapetype=\"t\"/></v:shapetype>" +
        $"<v:shape id=\"ReportGenWatermark{id}\" type=\"#_x0000_t136\" o:allowincell=\"f\" fillcolor=\"#D9D9D9\" stroked=\"f\"" +
        " style=\"position:absolute;margin-left:0;margin-top:0;width:420pt;height:140pt;rotation:315;z-index:-251657216;" +
        "mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin\">" +
        "<v:fill opacity=\".5\"/>" +
        $"<v:textpath style=\"font-family:&quot;Liberation Sans&quot;;font-size:1pt\" string=\"{System.Security.SecurityElement.Escape(text)}\"/>" +
        "<w10:wrap anchorx=\"margin\" anchory=\"margin\"/></v:shape></w:pict></w:r>");

    /// <summary>The largest height of a header picture, in EMUs (1 cm): a taller one is scaled down to it.</summary>
    private const long LogoHeight = 360_000;

    /// <summary>A header paragraph with the reference document's header pictures, inline, each no taller than 1 cm.</summary>
    private static W.Paragraph Logo(IReadOnlyList<HeaderPicture> pictures, HeaderPart header, DocxContext context)
    {
        var paragraph = new W.Paragraph(new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = StyleIds.Header } });
        for (var i = 0; i < pictures.Count; i++)
        {
            var picture = pictures[i];
            var id = "rIdLogo" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var image = header.AddNewPart<ImagePart>(picture.ContentType, id);
            using (var data = new MemoryStream(picture.Bytes, writable: false))
            {
                image.FeedData(data);
            }

            var scale = picture.Height > LogoHeight ? (double)LogoHeight / picture.Height : 1;
            var (cx, cy) = ((long)Math.Round(picture.Width * scale), (long)Math.Round(picture.Height * scale));
            var number = context.NextDrawingId();
            var name = "Logo " + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            paragraph.Append(new W.Run(new W.Drawing(new DW.Inline(
                new DW.Extent { Cx = cx, Cy = cy },
                new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
                new DW.DocProperties { Id = number, Name = name, Description = picture.Description },
                new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
                new A.Graphic(new A.GraphicData(
                    new PIC.Picture(
                        new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = name }, new PIC.NonVisualPictureDrawingProperties()),
                        new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                        new PIC.ShapeProperties(
                            new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
            {
                DistanceFromTop = 0,
                DistanceFromBottom = 0,
                DistanceFromLeft = 0,
                DistanceFromRight = 0,
            })));
        }

        return paragraph;
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
