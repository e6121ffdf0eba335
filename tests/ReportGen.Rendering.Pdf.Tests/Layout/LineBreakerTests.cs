using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Fonts;
using ReportGen.Rendering.Pdf.Layout.Text;
using ReportGen.Rendering.Pdf.Tests.Support;

namespace ReportGen.Rendering.Pdf.Tests.Layout;

/// <summary>Breaking inline text into lines.</summary>
public sealed class LineBreakerTests
{
    static readonly TextStyle Body = new(new FontSpec(11), Rgb.Black);
    FontBook _fonts = null!;

    [OneTimeSetUp]
    public void Fonts() => _fonts = new FontBook(BuiltInFonts.Default);

    // A narrow table cell, a landscape cell and a portrait text column.
    [TestCase(60)]
    [TestCase(150)]
    [TestCase(480)]
    public void No_line_is_wider_than_the_width_and_no_word_is_lost(double width)
    {
        var text = "The total number of offences recorded this financial year to date is 13,143, an increase of 4.5% from 12,573.";
        var lines = Lay([new TextRun(text)], width);

        Assert.That(lines.Select(l => l.Width), Has.All.LessThanOrEqualTo(width + 0.01));
        Assert.That(string.Concat(lines.Select(Text)), Is.EqualTo(text), "a line that wraps at a space ends with it, so text read back keeps the words apart");
        Assert.That(lines.Select(l => l.Width), Is.EqualTo(lines.Select(l => l.Segments.Sum(s => s.Width))), "the trailing space takes no width");
        Assert.That(lines.Count, width < 100 ? Is.GreaterThan(5) : Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public void A_link_that_wraps_keeps_its_text_and_the_space_after_it_is_plain()
    {
        var lines = Lay([new TextRun("Contact the "), new Hyperlink("community safety team", "https://www.havering.gov.uk"), new TextRun(" for details")], 110);

        var links = lines.SelectMany(l => l.Segments).Where(s => s.Style.LinkUrl is not null).ToList();
        Assert.That(links, Is.Not.Empty);
        Assert.That(links.Select(s => s.Text), Has.None.EndsWith(" "), "a link's text (and its annotation's words) never takes the line's trailing space");
        Assert.That(string.Concat(lines.Select(Text)), Is.EqualTo("Contact the community safety team for details"));
    }

    [Test]
    public void A_word_wider_than_the_line_is_broken_between_characters()
    {
        const string url = "https://www.havering.gov.uk/Documents/Council-democracy-elections/Corporate%20Plan%20201617.pdf";
        var lines = Lay([new TextRun(url)], 120);

        Assert.That(lines, Has.Count.GreaterThan(2));
        Assert.That(lines.Select(l => l.Width), Has.All.LessThanOrEqualTo(120.01));
        Assert.That(string.Concat(lines.Select(Text)), Is.EqualTo(url));
    }

    [Test]
    public void Runs_with_no_space_between_them_make_one_word()
    {
        var tokens = InlineTokenizer.Tokenize([new TextRun("see "), new TextRun("Appendix 1", Bold: true), new TextRun(", then")], Body);
        var words = tokens.Tokens.ToArray().Where(t => t.Kind == InlineTokenKind.Word).Select(t => tokens.Pieces(t).ToArray()).ToList();

        Assert.That(words.Select(w => string.Concat(w.Select(p => p.Text))), Is.EqualTo(new[] { "see", "Appendix", "1,", "then" }));
        Assert.That(words[2].Select(p => p.Style.Font.Bold), Is.EqualTo(new[] { true, false }));
    }

    [Test]
    public void A_line_break_starts_a_new_line()
    {
        var lines = Lay([new TextRun("IAIN.AGAR@havering.gov.uk"), new LineBreak(), new TextRun("01708 432 928")], 480);

        Assert.That(lines.Select(Text), Is.EqualTo(new[] { "IAIN.AGAR@havering.gov.uk", "01708 432 928" }));
    }

    [Test]
    public void Neighbouring_text_in_one_style_is_drawn_as_one_segment()
    {
        var lines = Lay([new TextRun("Red", Bold: true), new TextRun(" = more than the target tolerance")], 480);

        Assert.That(lines.Single().Segments.Select(s => s.Text), Is.EqualTo(new[] { "Red", " = more than the target tolerance" }));
    }

    [Test]
    public void Tabs_newlines_and_runs_of_spaces_are_drawn_as_one_space()
    {
        var lines = Lay([new TextRun("  Q3\tvalue\n  rose  \r\n"), new TextRun(" sharply", Bold: true)], 480);

        Assert.That(lines.Single().Segments.Select(s => s.Text), Is.EqualTo(new[] { "Q3 value rose ", "sharply" }));
    }

    [Test]
    public void A_line_that_is_a_whole_run_draws_the_run_text_itself_and_wrapped_lines_are_cut_from_it()
    {
        var word = new TextRun("Amber");
        Assert.That(Lay([word], 100).Single().Segments.Single().Text, Is.SameAs(word.Text), "no copy of a cell's one word");

        var text = Layouts.Filler(40, "commentary");
        var lines = Lay([new TextRun(text)], 150);
        Assert.That(lines, Has.Count.GreaterThan(3));
        Assert.That(lines.Select(l => l.Segments.Single().Text), Has.All.Matches<string>(t => text.Contains(t!, StringComparison.Ordinal)));
        Assert.That(string.Concat(lines.Select(Text)), Is.EqualTo(text));
    }

    [Test]
    public void Word_widths_are_the_font_books_whether_the_word_stands_alone_or_inside_longer_text()
    {
        var widths = new WordWidths(_fonts);
        var regular = new FontSpec(9);
        var bold = regular.AsBold();

        Assert.That(widths.Width("other".AsSpan(1, 3), regular), Is.EqualTo(_fonts.Width("the", regular)));
        Assert.That(widths.Width("the", regular), Is.EqualTo(_fonts.Width("the", regular)), "a second look-up");
        Assert.That(widths.Width("the", bold), Is.EqualTo(_fonts.Width("the", bold)));
        Assert.That(widths.Width("the", bold), Is.Not.EqualTo(widths.Width("the", regular)), "each font has its own widths");
        Assert.That(widths.Width("", bold), Is.Zero);
    }

    [Test]
    public void Empty_content_is_one_empty_line_as_tall_as_body_text()
    {
        var line = Lay([], 100).Single();

        Assert.That(line.IsEmpty, Is.True);
        Assert.That(line.Height, Is.EqualTo(_fonts.LineHeight(Body.Font)));
    }

    // Numbers in a right-aligned column end at the cell's edge; RAG words sit in the middle of theirs.
    [TestCase(CellAlignment.Left, 0)]
    [TestCase(CellAlignment.Center, 0.5)]
    [TestCase(CellAlignment.Right, 1)]
    public void Lines_are_aligned_within_the_width(CellAlignment alignment, double share)
    {
        var line = new TextLayouter(_fonts).Lay([new TextRun("13,143")], Body, 100, alignment).Single();

        Assert.That(line.Indent, Is.EqualTo((100 - line.Width) * share).Within(0.001));
    }

    IReadOnlyList<TextLine> Lay(IReadOnlyList<Inline> content, double width) =>
        new TextLayouter(_fonts).Lay(content, Body, width, CellAlignment.Left);

    static string Text(TextLine line) => string.Concat(line.Segments.Select(s => s.Text));
}
