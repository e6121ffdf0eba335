using ReportGen.Rendering.Docx.Tests.Fixtures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>The cover's form table: shaded bold labels marked as row headers, no header row.</summary>
public sealed class FormTableTests
{
    private RenderedDocx _docx = null!;
    private W.Table _table = null!;

    [OneTimeSetUp]
    public void Render()
    {
        _docx = RenderedDocx.Of(HaveringReport.Create());
        _table = _docx.Tables[0];
    }

    [OneTimeTearDown]
    public void Close() => _docx.Dispose();

    [Test]
    public void It_has_no_header_row_and_its_first_column_is_the_header()
    {
        var look = _table.GetFirstChild<W.TableProperties>()!.TableLook!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_table.Descendants<W.TableHeader>(), Is.Empty);
            Assert.That(look.FirstRow!.Value, Is.False);
            Assert.That(look.FirstColumn!.Value, Is.True);
            Assert.That(_table.GetFirstChild<W.TableProperties>()!.TableCaption!.Val!.Value, Is.EqualTo(CoverReport.FormCaption));
        }
    }

    [Test]
    public void With_headings_it_gets_a_header_row_marked_to_repeat_naming_its_two_columns()
    {
        var document = HaveringReport.Create();
        var form = document.Sections.SelectMany(s => s.Blocks).OfType<Documents.Model.Table>().First(t => t.Kind == Documents.Model.TableKind.Form);
        var named = document with
        {
            Sections = [.. document.Sections.Select(s => s with { Blocks = [.. s.Blocks.Select(b => ReferenceEquals(b, form) ? form with { FormHeadings = ["Item", "Details"] } : b)] })],
        };
        using var docx = RenderedDocx.Of(named);
        var table = docx.Tables[0];
        var rows = table.Elements<W.TableRow>().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows[0].TableRowProperties!.GetFirstChild<W.TableHeader>(), Is.Not.Null, "the first row repeats as a header");
            Assert.That(rows[0].Elements<W.TableCell>().Select(RenderedDocx.TextOf), Is.EqualTo(new[] { "Item", "Details" }));
            Assert.That(rows.Skip(1).Select(r => r.TableRowProperties?.GetFirstChild<W.TableHeader>()), Has.All.Null);
            Assert.That(rows.Skip(1).Select(r => RenderedDocx.TextOf(r.Elements<W.TableCell>().First())).First(), Is.EqualTo("Subject Heading:"));
            Assert.That(table.GetFirstChild<W.TableProperties>()!.TableLook!.FirstRow!.Value, Is.True);
        }
    }

    [Test]
    public void Labels_are_shaded_bold_row_headers_and_values_are_plain()
    {
        var labelsAndValues = _table.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().ToList()).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(labelsAndValues.Select(r => RenderedDocx.TextOf(r[0])), Is.EqualTo(new[] { "Subject Heading:", "CMT Lead:", "Report Author and contact details:", "Policy context:" }));
            foreach (var row in labelsAndValues)
            {
                Assert.That(row[0].TableCellProperties!.Shading!.Fill!.Value, Is.EqualTo("DBE3E9"), "the header blue at 15% on white");
                Assert.That(row[0].TableCellProperties!.ConditionalFormatStyle!.FirstColumn!.Value, Is.True);
                Assert.That(row[0].Descendants<W.Run>().All(r => r.RunProperties?.Bold is not null), Is.True);
                Assert.That(row[1].TableCellProperties!.Shading, Is.Null);
            }
        }
    }

    [Test]
    public void The_author_cell_keeps_its_two_paragraphs()
    {
        var author = _table.Elements<W.TableRow>().ElementAt(2).Elements<W.TableCell>().Last();

        Assert.That(author.Elements<W.Paragraph>().Select(RenderedDocx.TextOf), Is.EqualTo(new[]
        {
            "Iain Agar, Community Safety Partnership Analyst, Community Safety Team",
            "IAIN.AGAR@havering.gov.uk 01708 432 928",
        }));
    }

    [Test]
    public void It_fills_the_portrait_text_width_in_its_proportions()
    {
        var widths = _table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => c.Width!.Value);

        Assert.That(widths, Is.EqualTo(new[] { "3084", "6554" }), "32:68 of 9,638 twips");
    }
}
