using ReportGen.Core.Indicators;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Templates;

/// <summary>Colours and conventions of a template. RAG is always shown as colour and word together.</summary>
/// <param name="Rag">Fill and text colour of each rating.</param>
/// <param name="Arrows">What direction-of-travel arrows show.</param>
/// <param name="Better">Colour of a "better" arrow.</param>
/// <param name="Worse">Colour of a "worse" arrow.</param>
/// <param name="Same">Colour of a "same" arrow.</param>
/// <param name="Style">Typography and table colours.</param>
public sealed record TemplateTheme(
    IReadOnlyDictionary<Rag, RagColours> Rag,
    ArrowConvention Arrows,
    Rgb Better,
    Rgb Worse,
    Rgb Same,
    DocumentStyle Style)
{
    /// <summary>GOV.UK colours with contrast of at least 4.5:1 between fill and text.</summary>
    public static TemplateTheme Default { get; } = new(
        new Dictionary<Rag, RagColours>
        {
            [Core.Indicators.Rag.Red] = new(Rgb.FromHex("#D4351C"), Rgb.White),
            [Core.Indicators.Rag.Amber] = new(Rgb.FromHex("#F47738"), Rgb.FromHex("#0B0C0C")),
            [Core.Indicators.Rag.Green] = new(Rgb.FromHex("#00703C"), Rgb.White),
        },
        ArrowConvention.Performance,
        Better: Rgb.FromHex("#00703C"),
        Worse: Rgb.FromHex("#D4351C"),
        Same: Rgb.FromHex("#B45000"),
        DocumentStyle.Default);
}

/// <summary>The fill of a RAG cell and the colour of its text.</summary>
/// <param name="Fill">The cell's fill.</param>
/// <param name="Text">The text colour on that fill.</param>
public sealed record RagColours(Rgb Fill, Rgb Text);

/// <summary>What a direction-of-travel arrow points at.</summary>
public enum ArrowConvention
{
    /// <summary>Up means performance is better (Havering): ↑ better, ↓ worse, → same.</summary>
    Performance,

    /// <summary>The arrow follows the value (↑ when it rose); its colour says whether that is good.</summary>
    Value,
}
