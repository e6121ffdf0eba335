namespace ReportGen.Rendering.Pdf.Tests.Support;

/// <summary>A structure element of a tagged PDF: its type (H1, TD…), its attributes, its child elements and its /Alt, if any.</summary>
internal sealed record StructureNode(string Type, IReadOnlyDictionary<string, string> Attributes, IReadOnlyList<StructureNode> Children, string? Alt = null, string? Id = null)
{
    public IEnumerable<StructureNode> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));

    public IEnumerable<StructureNode> All(string type) => Descendants().Where(n => n.Type == type);

    public override string ToString() => Type;
}
