using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Pipeline.Tests;

/// <summary>The logo the tests' reference documents carry in their header: a picture and the drawing that shows it.</summary>
internal static class ReferenceLogo
{
    /// <summary>A 2 x 1 pixel PNG, red then blue.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMAAAA0BAf8xIfJOAAAAAElFTkSuQmCC");

    /// <summary>A 5 cm x 2.5 cm inline picture, "Borough logo", of <paramref name="blip"/>.</summary>
    public static W.Drawing Drawing(A.Blip blip) => new(new DW.Inline(
        new DW.Extent { Cx = 1_800_000, Cy = 900_000 },
        new DW.DocProperties { Id = 1U, Name = "Logo", Description = "Borough logo" },
        new A.Graphic(new A.GraphicData(new PIC.Picture(
            new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = "logo.png" }, new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 1_800_000, Cy = 900_000 }), new A.PresetGeometry { Preset = A.ShapeTypeValues.Rectangle })))
        { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" })));
}
