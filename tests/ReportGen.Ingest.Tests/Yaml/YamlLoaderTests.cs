using System.Text;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Tests.Yaml;

public sealed class YamlLoaderTests
{
    private static (IReadOnlyList<YamlNode> Documents, string[] Problems) Load(string yaml)
    {
        var problems = new ProblemList();
        var documents = YamlLoader.Load(yaml, "x.yaml", problems);
        return (documents, ReportGen.Ingest.Tests.Problems.Lines(problems.All));
    }

    [Test]
    public void Nodes_know_where_they_start()
    {
        var (documents, problems) = Load("id: CSP1\ntargets:\n  \"2016/17\": [1, 2]\n");
        Assert.That(problems, Is.Empty);
        var root = (YamlMapping)documents.Single();
        var targets = (YamlMapping)root.Find("targets")!.Value;
        var list = (YamlSequence)targets.Entries[0].Value;
        Assert.That(root.Find("id")!.Value.Location.ToString(), Is.EqualTo("x.yaml:1:5"));
        Assert.That(targets.Entries[0].Key.Location.ToString(), Is.EqualTo("x.yaml:3:3"));
        Assert.That(list.Items[1].Location.ToString(), Is.EqualTo("x.yaml:3:18"));
    }

    [Test]
    public void Quoting_is_kept_so_that_a_quoted_null_is_text()
    {
        var (documents, _) = Load("a: ~\nb: '~'\nc:\n");
        var root = (YamlMapping)documents.Single();
        Assert.That(((YamlScalar)root.Find("a")!.Value).IsNull, Is.True);
        Assert.That(((YamlScalar)root.Find("b")!.Value).IsNull, Is.False);
        Assert.That(((YamlScalar)root.Find("c")!.Value).IsNull, Is.True);
    }

    [TestCase("a: !!python/object:os.system x\n", "x.yaml:1:4: tags are not allowed ('!!python/object:os.system'); remove the tag and write the plain value")] // Python's object construction
    [TestCase("a: !!python/object/apply:os.system [ls]\n", "x.yaml:1:4: tags are not allowed ('!!python/object/apply:os.system'); remove the tag and write the plain value")] // Python's function call, the classic exploit
    [TestCase("a: !System.Diagnostics.Process {}\n", "x.yaml:1:4: tags are not allowed ('!System.Diagnostics.Process'); remove the tag and write the plain value")] // .NET type activation
    [TestCase("- ! 3\n", "x.yaml:1:3: tags are not allowed ('!'); remove the tag and write the plain value")] // even the non-specific tag
    public void Explicit_tags_are_errors_at_their_position(string yaml, string expected) =>
        Assert.That(Load(yaml).Problems, Is.EqualTo(new[] { expected }));

    [Test]
    public void YAMLs_own_tags_are_allowed() =>
        Assert.That(Load("a: !!str 2016\nb: !!int 3\n").Problems, Is.Empty);

    [Test]
    public void Aliases_are_allowed_and_share_their_anchor()
    {
        var (documents, problems) = Load("base: &b {unit: count}\ncopy: *b\n");
        Assert.That(problems, Is.Empty);
        var root = (YamlMapping)documents.Single();
        Assert.That(root.Find("copy")!.Value, Is.SameAs(root.Find("base")!.Value));
    }

    [Test]
    public void An_alias_bomb_is_rejected_quickly()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 9; i++)
        {
            var refs = string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10));
            yaml.Append($"a{i}: &a{i} [{refs}]\n");
        }

        var (documents, problems) = Load(yaml.ToString());
        Assert.That(documents, Is.Empty);
        Assert.That(problems, Is.EqualTo(new[]
        {
            "x.yaml:5:45: the document has more than 100,000 values once its aliases are expanded (an alias bomb?); write the values out instead of nesting aliases",
        }));
    }

    [Test]
    public void An_alias_to_no_anchor_is_an_error() =>
        Assert.That(Load("a: *nope\n").Problems, Is.EqualTo(new[] { "x.yaml:1:4: '*nope' refers to no anchor; define '&nope' on a value before this alias" }));

    [Test]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var yaml = new string('[', 5000) + new string(']', 5000);
        Assert.That(Load(yaml).Problems, Is.EqualTo(new[] { "x.yaml:1:102: the YAML nests more than 100 levels deep here; flatten it" }));
    }

    [TestCase("a: 'unterminated\n", "x.yaml:1:4: this is not valid YAML (while scanning a quoted scalar, found unexpected end of stream); check the indentation, colons and quotes here")] // an unclosed quote
    [TestCase("a: 1\n  b: 2\n", "x.yaml:2:4: this is not valid YAML (while scanning a plain scalar value, found invalid mapping); check the indentation, colons and quotes here")] // bad indentation
    [TestCase("a: [1, 2\nb: 3\n", "x.yaml:1:5: this is not valid YAML (a bracket or quote is not closed); close every [, { and quote opened from here on")] // YamlDotNet throws InvalidOperationException here
    public void Syntax_errors_are_problems_at_the_parsers_position(string yaml, string expected) =>
        Assert.That(Load(yaml).Problems, Is.EqualTo(new[] { expected }));

    [Test]
    public void A_key_given_twice_is_an_error_naming_the_first()
    {
        var (documents, problems) = Load("id: A\ntitle: x\nid: B\n");
        Assert.That(problems, Is.EqualTo(new[] { "x.yaml:3:1: 'id' is given twice (first at line 1); keep one of them" }));
        Assert.That(((YamlScalar)((YamlMapping)documents.Single()).Find("id")!.Value).Value, Is.EqualTo("A"));
    }

    [Test]
    public void Every_document_of_a_stream_is_read_and_empty_ones_are_skipped() =>
        Assert.That(Load("a: 1\n---\n---\nb: 2\n").Documents, Has.Count.EqualTo(2));
}
