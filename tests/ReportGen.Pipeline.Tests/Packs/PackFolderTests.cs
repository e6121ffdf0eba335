using ReportGen.Pipeline.Packs;

namespace ReportGen.Pipeline.Tests.Packs;

/// <summary>A group's folder name: safe on every file system, never the output folder or its parent.</summary>
public sealed class PackFolderTests
{
    [TestCase("Havering", "Havering")]
    [TestCase("  Barking and Dagenham ", "Barking and Dagenham")]
    [TestCase("../x", "_._x")]
    [TestCase("a\\b", "a_b")]
    [TestCase("C:\\Windows", "C__Windows")]
    [TestCase("what?*<>|\"", "what______")]
    [TestCase(".hidden", "_hidden")]
    [TestCase("ends.", "ends_")]
    [TestCase("CON", "_CON")]
    [TestCase("nul.txt", "_nul.txt")]
    [TestCase("manifest.json", "_manifest.json")]
    [TestCase("line\nbreak", "line_break")]
    [TestCase("Ōtāhuhu", "Ōtāhuhu")]
    public void A_group_becomes_a_safe_folder_name(string group, string folder) =>
        Assert.That(PackFolder.Of(group), Is.EqualTo(folder));

    [TestCase(".")]
    [TestCase("..")]
    [TestCase("   ")]
    public void A_group_that_would_be_the_folder_itself_or_its_parent_has_none(string group) =>
        Assert.That(PackFolder.Of(group), Is.Null);

    [Test]
    public void Long_names_are_cut_and_kept_apart_by_a_hash_without_splitting_a_character()
    {
        var a = PackFolder.Of(new string('x', 200) + "a")!;
        var b = PackFolder.Of(new string('x', 200) + "b")!;
        Assert.That(a, Has.Length.LessThanOrEqualTo(PackFolder.MaxLength).And.Not.EqualTo(b));
        var emoji = PackFolder.Of(string.Concat(Enumerable.Repeat("\U0001F600", 100)))!;
        Assert.That(emoji, Has.Length.LessThanOrEqualTo(PackFolder.MaxLength));
        Assert.That(char.IsHighSurrogate(emoji[emoji.IndexOf('~', StringComparison.Ordinal) - 1]), Is.False);
    }

    [TestCase("1/1", 1, 1)]
    [TestCase("2/4", 2, 4)]
    [TestCase(" 3/3 ", 3, 3)]
    public void A_shard_is_K_of_N(string text, int index, int count) =>
        Assert.That(Shard.Parse(text), Is.EqualTo(new Shard(index, count)));

    [Test]
    public void Each_group_falls_in_exactly_one_shard_by_its_sorted_index()
    {
        var shards = Enumerable.Range(1, 4).Select(k => new Shard(k, 4)).ToList();
        for (var i = 0; i < 32; i++)
        {
            Assert.That(shards.Count(s => s.Holds(i)), Is.EqualTo(1));
        }

        Assert.That(Enumerable.Range(0, 32).Count(shards[1].Holds), Is.EqualTo(8), "32 packs over 4 shards: 8 each");
    }
}
