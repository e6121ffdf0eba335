using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace ReportGen.Rendering.Pdf.Tests.Support;

/// <summary>Reads the catalog's /StructTreeRoot with PdfPig's low-level objects.</summary>
internal static class StructureTree
{
    public static StructureNode Read(PdfDocument pdf)
    {
        var scanner = pdf.Structure.TokenScanner;
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        Assert.That(catalog.TryGet(NameToken.Create("StructTreeRoot"), out var rootToken), Is.True, "The catalog has no /StructTreeRoot.");
        var root = DirectObjectFinder.Get<DictionaryToken>(rootToken!, scanner)
            ?? throw new AssertionException("/StructTreeRoot is not a dictionary.");
        return new StructureNode("StructTreeRoot", new Dictionary<string, string>(), Children(root, scanner));
    }

    static IReadOnlyList<StructureNode> Children(DictionaryToken element, IPdfTokenScanner scanner)
    {
        if (!element.TryGet(NameToken.K, out var kids))
        {
            return [];
        }

        var items = Resolve(kids, scanner) is ArrayToken array ? array.Data : [kids];
        return [.. items
            .Select(item => Resolve(item, scanner))
            .OfType<DictionaryToken>()
            .Where(d => d.ContainsKey(NameToken.S))
            .Select(d => Node(d, scanner))];
    }

    static StructureNode Node(DictionaryToken element, IPdfTokenScanner scanner)
    {
        var type = ((NameToken)Resolve(element.Data["S"], scanner)).Data;
        var attributes = new Dictionary<string, string>();
        if (element.TryGet(NameToken.A, out var a) && Resolve(a, scanner) is DictionaryToken attributeDictionary)
        {
            foreach (var (key, value) in attributeDictionary.Data)
            {
                attributes[key] = Resolve(value, scanner) switch
                {
                    NameToken name => name.Data,
                    StringToken text => text.Data,
                    HexToken hex => hex.Data,
                    NumericToken number => number.Int.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ArrayToken array when array.Data.All(t => t is StringToken) => string.Join(" ", array.Data.OfType<StringToken>().Select(t => t.Data)),
                    ArrayToken array => string.Join(" ", array.Data.OfType<NumericToken>().Select(n => n.Double.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                    var other => other.ToString() ?? "",
                };
            }
        }

        var alt = element.TryGet(NameToken.Create("Alt"), out var altToken) && Resolve(altToken, scanner) is StringToken altText ? altText.Data : null;
        var id = element.TryGet(NameToken.Create("ID"), out var idToken) && Resolve(idToken, scanner) is StringToken idText ? idText.Data : null;
        return new StructureNode(type, attributes, Children(element, scanner), alt, id);
    }

    static IToken Resolve(IToken token, IPdfTokenScanner scanner) =>
        token is IndirectReferenceToken reference
            ? DirectObjectFinder.Get<IToken>(reference.Data, scanner) ?? NullToken.Instance
            : token;
}
