using ReportGen.Composition.Templates;
using ReportGen.Composition.Tests.Composition;
using static ReportGen.Composition.Tests.Packs.PackFixtures;

namespace ReportGen.Composition.Tests.Packs;

/// <summary>A block's <c>when:</c>: left out when the Liquid renders empty, false, no or 0.</summary>
public sealed class BlockConditionTests
{
    [TestCase("", false)] // a setting the goal does not have
    [TestCase("false", false)]
    [TestCase("No", false)] // any case
    [TestCase("0", false)] // a count of nothing ({{ goal.surveys | size }})
    [TestCase("yes", true)]
    [TestCase("ALL", true)] // an indicator id
    public void A_block_is_shown_only_when_its_condition_holds(string rendered, bool shown)
    {
        var block = new MarkdownTemplate(Here, "shown") { When = "{{ settings.flag }}" };
        var input = Input() with { Settings = new Dictionary<string, object?> { ["flag"] = rendered } };

        var text = Fixtures.TextOf(Compose(input, SectionRepeat.Once, block).Sections[0].Blocks);

        Assert.That(text, Is.EqualTo(shown ? "shown" : string.Empty));
    }

    [Test]
    public void In_a_goal_section_the_condition_is_the_goal_s()
    {
        var block = new MarkdownTemplate(Here, "{{ goal.lead }}") { When = "{{ goal.lead }}" };

        var document = Compose(Input(), SectionRepeat.Goal, block);

        Assert.That(document.Sections.Select(s => s.Blocks.Count), Is.EqualTo(new[] { 1, 0 }));
    }
}
