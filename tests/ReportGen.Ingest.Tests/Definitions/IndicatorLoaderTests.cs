namespace ReportGen.Ingest.Tests.Definitions;

/// <summary>Reading the definition files a project names.</summary>
public sealed class IndicatorLoaderTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private LoadResult<IReadOnlyList<Core.Indicators.IndicatorDefinition>> Load()
    {
        _folder.Write("data/m.csv", "indicator,period,value\n");
        _folder.Write("reportgen.yaml", "title: t\ndata: [data/m.csv]\nreports: [{id: a, template: b}]\n");
        var project = ProjectLoader.Load(_folder.Path);
        Assert.That(project.Problems, Is.Empty);
        return IndicatorLoader.Load(project.Value!);
    }

    private string[] Lines<T>(LoadResult<T> result) => Problems.Lines(result.Problems, _folder.Path);

    [Test]
    public void A_folder_of_files_is_read_in_ordinal_path_order_then_file_order()
    {
        _folder.Write("indicators/b.yaml", "- {id: B1, title: b}\n- {id: B2, title: b}\n");
        _folder.Write("indicators/a.yml", "id: A1\ntitle: a\n");
        _folder.Write("indicators/C.yaml", "id: C1\ntitle: c\n");
        var result = Load();
        Assert.That(Lines(result), Is.Empty);
        Assert.That(result.Value!.Select(d => d.Id), Is.EqualTo(new[] { "C1", "A1", "B1", "B2" }));
    }

    [Test]
    public void An_id_defined_twice_across_files_names_both_places()
    {
        _folder.Write("indicators/a.yaml", "id: CSP1\ntitle: first\n");
        _folder.Write("indicators/b.yaml", "# the same id again\n- id: CSP2\n  title: x\n- id: CSP1\n  title: second\n");
        var result = Load();
        Assert.That(Lines(result), Is.EqualTo(new[] { "indicators/b.yaml:4:3: the indicator id 'CSP1' is defined twice: here and at indicators/a.yaml:1:1; give each indicator its own id" }));
        Assert.That(result.Value!.Single(d => d.Id == "CSP1").Title, Is.EqualTo("first"));
    }

    [Test]
    public void A_python_object_tag_is_rejected_and_nothing_is_activated()
    {
        _folder.Write("indicators/evil.yaml", "id: X\ntitle: !!python/object/apply:os.system [\"rm -rf /\"]\n");
        Assert.That(Lines(Load()), Is.EqualTo(new[]
        {
            "indicators/evil.yaml:2:8: tags are not allowed ('!!python/object/apply:os.system'); remove the tag and write the plain value",
            "indicators/evil.yaml:2:8: 'title' must be text, not a list",
        }));
    }

    [Test]
    public void A_definition_file_in_Windows_1252_is_read_with_a_warning()
    {
        _folder.Write("indicators/a.yaml", [.. "id: C\ntitle: Cost in "u8, 0xA3, .. "\n"u8]);
        var result = Load();
        Assert.That(Lines(result), Is.EqualTo(new[] { "indicators/a.yaml:2:16: warning: not valid UTF-8; read as Windows-1252; save the file as UTF-8" }));
        Assert.That(result.Value!.Single().Title, Is.EqualTo("Cost in £"));
    }

    [Test]
    public void A_project_without_definitions_is_an_error()
    {
        _folder.Write("indicators/empty.yaml", "# nothing yet\n");
        Assert.That(Lines(Load()), Is.EqualTo(new[] { "reportgen.yaml: the project has no indicator definitions; add YAML files such as indicators/csp1.yaml (see docs/project-files.md)" }));
    }

    [Test]
    public void A_broken_file_does_not_stop_the_others_from_being_read()
    {
        _folder.Write("indicators/a.yaml", "id: A\ntitle: 'unclosed\n");
        _folder.Write("indicators/b.yaml", "id: B\ntitle: b\n");
        var result = Load();
        Assert.That(Lines(result), Is.EqualTo(new[] { "indicators/a.yaml:2:8: this is not valid YAML (while scanning a quoted scalar, found unexpected end of stream); check the indentation, colons and quotes here" }));
        Assert.That(result.Value!.Select(d => d.Id), Is.EqualTo(new[] { "B" }));
    }

    [Test]
    public void An_alias_bomb_in_a_definition_file_is_rejected()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var i = 1; i <= 8; i++)
        {
            yaml += $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat($"*{(char)('a' + i - 1)}", 10))}]\n";
        }

        _folder.Write("indicators/bomb.yaml", yaml);
        _folder.Write("indicators/ok.yaml", "id: OK\ntitle: fine\n");
        var result = Load();
        Assert.That(Lines(result), Has.Length.EqualTo(1).And.Some.Contains("more than 100,000 values once its aliases are expanded"));
        Assert.That(result.Value!.Select(d => d.Id), Is.EqualTo(new[] { "OK" }));
    }
}
