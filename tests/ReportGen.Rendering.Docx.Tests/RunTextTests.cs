using ReportGen.Rendering.Docx.Content;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>Text from users' files becomes Word text, breaks and tabs, never invalid XML.</summary>
public sealed class RunTextTests
{
    // Plain text is one w:t, spaces kept.
    [TestCase(" 13,143 ", " 13,143 ")]

    // Empty text is still a w:t, so an empty cell's run is not dropped.
    [TestCase("", "")]

    // Windows, Unix and old Mac line ends are each one break.
    [TestCase("a\r\nb\nc\rd", "a|br|b|br|c|br|d")]

    // A tab is Word's tab, not a raw character Word would show as a box.
    [TestCase("Q3\t4,355", "Q3|tab|4,355")]

    // Control characters XML cannot hold (a stray U+0001 from a spreadsheet) are dropped, not a crash.
    [TestCase("Red\u0001", "Red")]

    // A character outside the basic plane (a surrogate pair) survives.
    [TestCase("\U0001F7E2 Green", "\U0001F7E2 Green")]
    public void Text_becomes_text_breaks_and_tabs(string text, string expected)
    {
        Assert.That(Parts(text), Is.EqualTo(expected));
    }

    [Test]
    public void A_lone_surrogate_is_dropped()
    {
        // Built at run time: an attribute's string cannot hold half a surrogate pair.
        var text = "Green" + (char)0xD800 + "!";

        Assert.That(Parts(text), Is.EqualTo("Green!"));
    }

    private static string Parts(string text) => string.Join("|", RunText.Split(text).Select(e => e switch
    {
        W.Text t => t.Text,
        W.Break => "br",
        W.TabChar => "tab",
        _ => "?",
    }));
}
