using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Content;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Charts;

/// <summary>
/// Writes a <see cref="Chart"/> as a native Word chart: a chart part (with its worksheet embedded, so it can be
/// edited) shown inline in a paragraph of its own, its alternative text as the drawing's description and its title
/// as the drawing's title. A chart is one line of its paragraph, so Word never splits it across pages.
/// </summary>
internal static class ChartWriter
{
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const long EmuPerTwip = 635;

    /// <summary>The spacing of the paragraph holding a chart: 6 pt above, 12 pt below.</summary>
    public static Spacing Spacing { get; } = new("120", "240");

    /// <summary>The run holding <paramref name="chart"/>, alone in a paragraph spaced as <see cref="Spacing"/> says.</summary>
    public static W.Run Write(Chart chart, DocxContext context)
    {
        var id = context.NextRelationshipId();
        var part = context.Main.AddNewPart<ChartPart>(id);
        var table = ChartColumns.Of(chart);
        // The SDK names the part .xlsx only when asked by type, and gives it a random id: the id is counted instead.
        var workbook = part.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        part.ChangeIdOfPart(workbook, "rId1");
        using (var data = new MemoryStream(ChartWorkbook.Write(table)))
        {
            workbook.FeedData(data);
        }

        var width = (long)Math.Round(context.TextWidth * chart.Size.WidthFraction) * EmuPerTwip;
        var height = (long)Math.Round(chart.Size.Height * ChartShapes.EmuPerPoint);
        var text = ChartText.For(context.Style);
        part.ChartSpace = ChartSpaceWriter.Write(chart, table, text, LabelSkip(chart, width, text), "rId1", width / (double)ChartShapes.EmuPerPoint);

        var number = context.NextDrawingId();
        var inline = new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties
            {
                Id = number,
                Name = "Chart " + number.ToString(CultureInfo.InvariantCulture),
                Title = chart.Title.Length > 0 ? chart.Title : null,
                Description = chart.AltText,
            },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = id }) { Uri = ChartUri }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        };

        return new W.Run(new W.Drawing(inline));
    }

    /// <summary>
    /// Every how many categories a label is written, estimated as the PDF measures it: labels of average-width
    /// characters, a few points apart, across a plot about nine tenths of the chart's width.
    /// </summary>
    internal static int LabelSkip(Chart chart, long widthEmu, ChartText text)
    {
        if (chart.Categories.Count == 0)
        {
            return 1;
        }

        var slot = widthEmu / (double)ChartShapes.EmuPerPoint * 0.88 / chart.Categories.Count;
        var label = (chart.Categories.Max(c => c.Length) * text.LabelSize * 0.55) + 6;
        return Math.Max(1, (int)Math.Ceiling(label / slot));
    }
}
