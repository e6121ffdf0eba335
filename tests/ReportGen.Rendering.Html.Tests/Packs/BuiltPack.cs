namespace ReportGen.Rendering.Html.Tests.Packs;

/// <summary>A built-in pack built in HTML and PDF.</summary>
/// <param name="Name">The sample's name.</param>
/// <param name="Html">The HTML file.</param>
/// <param name="Pdf">The PDF file of the same build.</param>
internal sealed record BuiltPack(string Name, string Html, string Pdf);
