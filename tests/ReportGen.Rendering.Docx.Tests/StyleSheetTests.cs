using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>The styles part holds Word's built-in styles set from the document's typography.</summary>
public sealed class StyleSheetTests
{
    private RenderedDocx _docx = null!;
    private W.Styles _styles = null!;

    [OneTimeSetUp]
    public void Render()
    {
        _docx = RenderedDocx.Of(HaveringReport.Create());
        _styles = _docx.Main.StyleDefinitionsPart!.Styles!;
    }

    [OneTimeTearDown]
    public void Close() => _docx.Dispose();

    [Test]
    public void Headings_use_the_built_in_heading_styles_in_document_order()
    {
        var headingStyles = _docx.Body.Elements<W.Paragraph>()
            .Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value)
            .Where(id => id is not null && id.StartsWith("Heading", StringComparison.Ordinal));

        Assert.That(headingStyles, Is.EqualTo(new[]
        {
            "Heading1", "Heading2", "Heading2", "Heading2", "Heading3", "Heading4", "Heading4", "Heading2", "Heading1",
        }));
    }

    [TestCase(1, 36)]
    [TestCase(2, 28)]
    [TestCase(3, 24)]
    [TestCase(4, 22)]
    public void Each_heading_style_is_in_the_outline_with_its_size_colour_and_keep_with_next(int level, int halfPoints)
    {
        var style = Style("Heading" + level);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(style.StyleName!.Val!.Value, Is.EqualTo("heading " + level), "Word knows built-in styles by name");
            Assert.That(style.StyleParagraphProperties!.OutlineLevel!.Val!.Value, Is.EqualTo(level - 1));
            Assert.That(style.StyleParagraphProperties.KeepNext, Is.Not.Null);
            Assert.That(style.StyleRunProperties!.FontSize!.Val!.Value, Is.EqualTo(halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(style.StyleRunProperties.Color!.Val!.Value, Is.EqualTo(DocumentStyle.Default.HeadingColor.Hex));
            Assert.That(style.StyleRunProperties.Bold, Is.Not.Null);
        }
    }

    [Test]
    public void Normal_is_the_default_paragraph_style_in_the_document_font_and_body_size()
    {
        var normal = Style("Normal");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(normal.Default?.Value, Is.True);
            Assert.That(normal.StyleRunProperties!.RunFonts!.Ascii!.Value, Is.EqualTo("Liberation Sans"));
            Assert.That(normal.StyleRunProperties.FontSize!.Val!.Value, Is.EqualTo("22"));
        }
    }

    [Test]
    public void The_font_table_names_the_family_with_arial_as_its_metric_compatible_stand_in()
    {
        var font = _docx.Main.FontTablePart!.Fonts!.Elements<W.Font>().Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(font.Name!.Value, Is.EqualTo("Liberation Sans"), "the family the PDF embeds");
            Assert.That(font.AltName!.Val!.Value, Is.EqualTo("Arial"), "Word's fallback where Liberation Sans is not installed");
            Assert.That(font.Panose1Number!.Val!.Value, Is.EqualTo("020B0604020202020204"), "Arial's classification");
            Assert.That(font.FontFamily!.Val!.Value, Is.EqualTo(W.FontFamilyValues.Swiss));
        }
    }

    [Test]
    public void A_family_without_a_known_stand_in_is_named_alone()
    {
        using var docx = RenderedDocx.Of(HaveringReport.Create() with { Style = DocumentStyle.Default with { FontFamily = "Georgia" } });
        var font = docx.Main.FontTablePart!.Fonts!.Elements<W.Font>().Single();

        Assert.That(font.Name!.Value, Is.EqualTo("Georgia"));
        Assert.That(font.AltName, Is.Null);
    }

    [Test]
    public void The_document_language_is_british_english_by_default()
    {
        var languages = _styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!;

        Assert.That(languages.Val!.Value, Is.EqualTo("en-GB"));
    }

    [TestCase("Note", "paragraph", "Note")]
    [TestCase("ListParagraph", "paragraph", "List Paragraph")]
    [TestCase("TableText", "paragraph", "Table Text")]
    [TestCase("Hyperlink", "character", "Hyperlink")]
    [TestCase("TableGrid", "table", "Table Grid")]
    [TestCase("Header", "paragraph", "header")]
    [TestCase("Footer", "paragraph", "footer")]
    public void The_supporting_styles_exist_with_their_word_names(string id, string type, string name)
    {
        var style = Style(id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(style.Type!.InnerText, Is.EqualTo(type));
            Assert.That(style.StyleName!.Val!.Value, Is.EqualTo(name));
        }
    }

    [Test]
    public void Notes_and_table_text_are_in_the_small_size()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Style("Note").StyleRunProperties!.FontSize!.Val!.Value, Is.EqualTo("18"));
            Assert.That(Style("TableText").StyleRunProperties!.FontSize!.Val!.Value, Is.EqualTo("18"));
        }
    }

    [Test]
    public void The_table_style_is_ruled_in_the_rule_colour()
    {
        var borders = Style("TableGrid").StyleTableProperties!.GetFirstChild<W.TableBorders>()!;

        Assert.That(borders.InsideHorizontalBorder!.Color!.Value, Is.EqualTo(DocumentStyle.Default.RuleColor.Hex));
    }

    private W.Style Style(string id) =>
        _styles.Elements<W.Style>().SingleOrDefault(s => s.StyleId?.Value == id)
        ?? throw new AssertionException($"No style {id}.");
}
