using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace ReportGen.Rendering.Pdf.Tests;

/// <summary>
/// A table with two levels of column headers (years over quarters) gives each column header an /ID, listed in the
/// structure tree's /IDTree, and each cell /Headers naming every header over it, of both levels; a table with one
/// header row keeps its scopes alone.
/// </summary>
public sealed class TableHeaderIdTests
{
    private static TableCell Th(string text, int span = 1) => TableCell.Of(text) with { IsHeader = true, ColumnSpan = span };

    private static readonly Table TwoLevels = new(
        "Satisfaction by quarter",
        [new TableColumn(2), new TableColumn(1), new TableColumn(1), new TableColumn(1), new TableColumn(1)],
        [
            new TableRow([Th("Measure"), Th("2015/16", 2), Th("2016/17", 2)]),
            new TableRow([Th("Quarter"), Th("Q3"), Th("Q4"), Th("Q1"), Th("Q2")]),
        ],
        [new TableRow([Th("Satisfied"), TableCell.Of("70%"), TableCell.Of("71%"), TableCell.Of("72%"), TableCell.Of("73%")])]);

    private static readonly Table OneLevel = TwoLevels with { HeaderRows = [TwoLevels.HeaderRows[1]] };

    [Test]
    public void Each_cell_names_its_year_and_its_quarter()
    {
        using var pdf = PdfDocument.Open(Rendered.Bytes(Layouts.Document(Orientation.Portrait, TwoLevels)));
        var tree = StructureTree.Read(pdf);
        var headers = tree.All("TH").Where(th => th.Attributes.GetValueOrDefault("Scope") == "Column").ToList();
        var ids = headers.Select(h => h.Id).ToList();

        // Ids name the header row and the first column: t<table>h<row>c<column>.
        Assert.That(ids, Is.EqualTo(new[] { "t1h0c0", "t1h0c1", "t1h0c3", "t1h1c0", "t1h1c1", "t1h1c2", "t1h1c3", "t1h1c4" }));
        Assert.That(tree.All("TD").Select(c => c.Attributes["Headers"]), Is.EqualTo(new[]
        {
            "t1h0c1 t1h1c1", // 2015/16, Q3
            "t1h0c1 t1h1c2", // 2015/16, Q4
            "t1h0c3 t1h1c3", // 2016/17, Q1
            "t1h0c3 t1h1c4", // 2016/17, Q2
        }));
        Assert.That(headers.Skip(3).Select(h => h.Attributes["Headers"]), Is.EqualTo(new[] { "t1h0c0", "t1h0c1", "t1h0c1", "t1h0c3", "t1h0c3" }), "a quarter's header names its year");
        var byId = ids.ToDictionary(id => id!, id => id!);

        // The IDTree maps each ID to the element that has it.
        var scanner = pdf.Structure.TokenScanner;
        var root = DirectObjectFinder.Get<DictionaryToken>(pdf.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"], scanner)!;
        var idTree = DirectObjectFinder.Get<DictionaryToken>(root.Data["IDTree"], scanner)!;
        var names = DirectObjectFinder.Get<ArrayToken>(idTree.Data["Names"], scanner)!.Data;
        var mapped = Enumerable.Range(0, names.Count / 2).ToDictionary(
            i => ((StringToken)names[2 * i]).Data,
            i => ((StringToken)DirectObjectFinder.Get<DictionaryToken>(names[(2 * i) + 1], scanner)!.Data["ID"]).Data);
        Assert.That(mapped, Is.EquivalentTo(byId.Keys.ToDictionary(k => k, k => k)));
        Assert.That(mapped.Keys, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal), "a name tree's keys in order");
    }

    [Test]
    public void A_table_with_one_header_row_has_scopes_and_no_ids()
    {
        using var pdf = PdfDocument.Open(Rendered.Bytes(Layouts.Document(Orientation.Portrait, OneLevel)));
        var tree = StructureTree.Read(pdf);
        Assert.That(tree.All("TH").Select(th => th.Id), Has.All.Null);
        Assert.That(tree.All("TD").Select(td => td.Attributes.ContainsKey("Headers")), Has.All.False);
        Assert.That(tree.All("TH").Select(th => th.Attributes.ContainsKey("Scope")), Has.All.True);
    }
}
