using ReportGen.Documents.Model;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ReportGen.Rendering.Docx.Charts;

/// <summary>DrawingML pieces charts are made of: fills, outlines with dashes, and text properties.</summary>
internal static class ChartShapes
{
    /// <summary>English Metric Units in a point.</summary>
    public const long EmuPerPoint = 12700;

    /// <summary>A solid fill of <paramref name="color"/>.</summary>
    public static A.SolidFill Fill(Rgb color) => new(new A.RgbColorModelHex { Val = color.Hex });

    /// <summary>An outline of <paramref name="color"/>, <paramref name="width"/> points wide, dashed as <paramref name="dash"/> says.</summary>
    public static A.Outline Line(Rgb color, double width, LineDash dash = LineDash.Solid) => new(
        Fill(color),
        new A.PresetDash { Val = Dash(dash) },
        new A.Round())
    {
        Width = (int)Math.Round(width * EmuPerPoint),
        CapType = dash == LineDash.Dot ? A.LineCapValues.Round : A.LineCapValues.Flat,
    };

    /// <summary>No outline.</summary>
    public static A.Outline NoLine() => new(new A.NoFill());

    /// <summary>Shape properties of a line.</summary>
    public static C.ChartShapeProperties LineShape(Rgb color, double width, LineDash dash = LineDash.Solid) => new(Line(color, width, dash));

    /// <summary>Shape properties with no fill and no outline (a chart's frame, an axis with no line).</summary>
    public static C.ChartShapeProperties Invisible() => new(new A.NoFill(), NoLine());

    /// <summary>The text of an axis, legend or label: <paramref name="size"/> points, in the document's font.</summary>
    public static C.TextProperties Text(double size, Rgb color, string font, bool bold = false, int? rotation = null) => new(
        new A.BodyProperties { Rotation = rotation, Vertical = rotation is null ? null : A.TextVerticalValues.Horizontal },
        new A.ListStyle(),
        new A.Paragraph(new A.ParagraphProperties(RunDefaults(size, color, font, bold)), new A.EndParagraphRunProperties { Language = "en-GB" }));

    /// <summary>A title or label of fixed words.</summary>
    public static C.ChartText Rich(string text, double size, Rgb color, string font, bool bold = false, int? rotation = null) => new(
        new C.RichText(
            new A.BodyProperties { Rotation = rotation, Vertical = rotation is null ? null : A.TextVerticalValues.Horizontal },
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(RunDefaults(size, color, font, bold)),
                new A.Run(new A.RunProperties(Fill(color), new A.LatinFont { Typeface = font }) { Language = "en-GB", FontSize = Hundredths(size), Bold = bold }, new A.Text(text)))));

    private static A.DefaultRunProperties RunDefaults(double size, Rgb color, string font, bool bold) =>
        new(Fill(color), new A.LatinFont { Typeface = font }, new A.ComplexScriptFont { Typeface = font }) { FontSize = Hundredths(size), Bold = bold };

    private static int Hundredths(double points) => (int)Math.Round(points * 100);

    private static A.PresetLineDashValues Dash(LineDash dash) => dash switch
    {
        LineDash.Dash => A.PresetLineDashValues.Dash,
        LineDash.Dot => A.PresetLineDashValues.SystemDot,
        LineDash.LongDash => A.PresetLineDashValues.LargeDash,
        _ => A.PresetLineDashValues.Solid,
    };
}
