using ReportGen.Rendering.Pdf.Tests.Fixtures;
using ReportGen.Rendering.Pdf.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace ReportGen.Rendering.Pdf.Tests;

/// <summary>The structure tree and the accessibility flags a screen reader relies on.</summary>
public sealed class TaggingTests
{
    byte[] _pdf = [];
    StructureNode _tree = null!;

    [OneTimeSetUp]
    public void RenderOnce()
    {
        _pdf = Rendered.Bytes(HaveringReport.Document());
        using var pdf = PdfDocument.Open(_pdf);
        _tree = StructureTree.Read(pdf);
    }

    [Test]
    public void Pdfinfo_reports_a_tagged_pdf()
    {
        var info = Tool.Output("pdfinfo", Rendered.File(_pdf, "tagging"));

        Assert.That(info, Does.Match(@"Tagged:\s+yes"));
    }

    [Test]
    public void The_document_has_a_Sect_per_section()
    {
        var document = _tree.Children.Single();

        Assert.That(document.Type, Is.EqualTo("Document"));
        Assert.That(document.Children.Select(c => c.Type), Is.EqualTo(new[] { "Sect", "Sect" }));
    }

    [Test]
    public void Headings_are_tagged_by_level()
    {
        var cover = _tree.Children.Single().Children[0];

        Assert.That(cover.Children.Select(c => c.Type).Where(t => t.StartsWith('H')),
            Is.EqualTo(new[] { "H1", "H2", "H2", "H2", "H3", "H2" }));
    }

    [Test]
    public void Lists_are_L_with_LI_holding_a_Lbl_and_an_LBody()
    {
        var lists = _tree.All("L").ToList();

        Assert.That(lists, Has.Count.EqualTo(2));
        Assert.That(lists.Select(l => l.Children.Count), Is.EqualTo(new[] { 3, 2 }));
        Assert.That(lists.SelectMany(l => l.Children), Has.All.Property(nameof(StructureNode.Type)).EqualTo("LI"));
        Assert.That(lists.SelectMany(l => l.Children).Select(li => string.Join(",", li.Children)), Has.All.EqualTo("Lbl,LBody"));
    }

    [Test]
    public void The_indicator_table_has_one_header_row_of_column_headers_however_many_pages_it_spans()
    {
        var table = _tree.All("Table").Last();
        var head = table.Children.Single(c => c.Type == "THead");
        var body = table.Children.Single(c => c.Type == "TBody");

        Assert.That(table.Children.Select(c => c.Type), Is.EqualTo(new[] { "THead", "TBody" }));
        Assert.That(head.Children, Has.Count.EqualTo(1), "repeated header rows are artifacts, not a second THead row");
        Assert.That(head.Children[0].Children.Select(c => c.Type), Is.EqualTo(Enumerable.Repeat("TH", 8)));
        Assert.That(head.Children[0].Children.Select(c => c.Attributes.GetValueOrDefault("Scope")), Has.All.EqualTo("Column"));
        Assert.That(body.Children, Has.Count.EqualTo(41), "a group heading row and 40 indicator rows");
        Assert.That(body.Children.Skip(1).Select(r => r.Children.Count), Has.All.EqualTo(8));
        Assert.That(body.All("TD").Count(), Is.EqualTo(1 + (40 * 8)));
    }

    [Test]
    public void A_cell_of_one_paragraph_holds_its_text_itself_and_a_cell_of_two_has_a_P_for_each()
    {
        var row = _tree.All("Table").Last().Children.Single(c => c.Type == "TBody").Children[1];
        var cells = row.Children;

        Assert.That(cells.Take(7).Select(c => c.Children.Count), Has.All.Zero, "no element between a one-paragraph cell and its text");
        Assert.That(cells[7].Children.Select(c => c.Type), Is.EqualTo(new[] { "P", "P" }), "the commentary and its source note");

        using var pdf = PdfDocument.Open(_pdf);
        var marked = pdf.GetPages().SelectMany(p => p.GetMarkedContents()).Where(m => !m.IsArtifact)
            .Select(m => (m.Tag, Text: string.Concat(m.Letters.Select(l => l.Value)))).ToList();
        Assert.That(marked, Does.Contain(("TD", "CSP-01")), "the reference is marked content of the TD itself");
        Assert.That(marked, Does.Contain(("TH", "Commentary")));
        Assert.That(marked.Where(m => m.Text.StartsWith("Source: Metropolitan Police Service (CSP-01)", StringComparison.Ordinal)).Select(m => m.Tag),
            Is.EqualTo(new[] { "P" }));
    }

    [Test]
    public void Tables_carry_their_caption_as_a_summary()
    {
        var summaries = _tree.All("Table").Select(t => t.Attributes.GetValueOrDefault("Summary")).ToList();

        Assert.That(summaries, Is.EqualTo(new[]
        {
            "Report details: subject, lead, author and policy context",
            "Crime and disorder indicators with targets, values, RAG ratings, directions of travel and commentary",
        }));
    }

    [Test]
    public void A_spanning_cell_records_its_column_span()
    {
        var groupHeading = _tree.All("Table").Last().Children.Single(c => c.Type == "TBody").Children[0];

        Assert.That(groupHeading.Children.Single().Attributes.GetValueOrDefault("ColSpan"), Is.EqualTo("8"));
    }

    [Test]
    public void A_form_tables_labels_are_row_headers()
    {
        var form = _tree.All("Table").First();
        var rows = form.All("TR").ToList();

        Assert.That(form.All("THead"), Is.Empty);
        Assert.That(rows, Has.Count.EqualTo(4));
        Assert.That(rows.Select(r => string.Join(",", r.Children)), Has.All.EqualTo("TH,TD"));
        Assert.That(rows.Select(r => r.Children[0].Attributes.GetValueOrDefault("Scope")), Has.All.EqualTo("Row"));
    }

    [Test]
    public void Paragraphs_and_the_link_are_tagged()
    {
        Assert.That(_tree.All("P").Count(), Is.GreaterThan(40));
        Assert.That(_tree.All("Link"), Is.Not.Empty);
        Assert.That(_tree.All("Link").Select(l => _tree.Descendants().Single(p => p.Children.Contains(l)).Type), Has.All.EqualTo("P"));
    }

    [Test]
    public void The_catalog_declares_the_language_a_marked_document_and_the_title_shown_in_the_window()
    {
        using var pdf = PdfDocument.Open(_pdf);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var scanner = pdf.Structure.TokenScanner;

        Assert.That(catalog.Get<StringToken>(NameToken.Lang, scanner).Data, Is.EqualTo("en-GB"));
        var markInfo = catalog.Get<DictionaryToken>(NameToken.MarkInfo, scanner);
        Assert.That(markInfo.Get<BooleanToken>(NameToken.Marked, scanner).Data, Is.True);
        var viewer = catalog.Get<DictionaryToken>(NameToken.ViewerPreferences, scanner);
        Assert.That(viewer.Get<BooleanToken>(NameToken.DisplayDocTitle, scanner).Data, Is.True);
    }

    [Test]
    public void Qpdf_finds_no_structural_or_stream_problems()
    {
        var result = Tool.Run("qpdf", "--check", Rendered.File(_pdf, "qpdf-check"));

        Assert.That(result.ExitCode, Is.Zero, result.Output + result.Error);
        Assert.That(result.Output + result.Error, Does.Not.Contain("WARNING"));
    }
}
