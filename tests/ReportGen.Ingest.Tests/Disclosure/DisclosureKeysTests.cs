using ReportGen.Core.Disclosure;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Tests.Disclosure;

/// <summary>The keys of disclosure control and editions: in definitions and in the project file.</summary>
public sealed class DisclosureKeysTests
{
    private const string Project = """
        title: T
        data: [data/measures.csv]
        reports:
          - id: appendix
            template: corporate-performance

        """;

    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = new TempFolder();
        _folder.Write("data/measures.csv", "indicator,period,value\n");
        _folder.Write("indicators/crime.yaml", "- { id: T, title: Total }\n- { id: A, title: A }\n- { id: B, title: B }\n");
    }

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private (ProjectFile? Project, string[] Problems) Load(string more)
    {
        _folder.Write("reportgen.yaml", Project + more);
        var result = ProjectLoader.Load(_folder.Path);
        var definitions = result.Value is { } project ? IndicatorLoader.Load(project).Problems : [];
        return (result.Value, Problems.Lines(result.Problems.Concat(definitions), _folder.Path));
    }

    private static (Core.Indicators.IndicatorDefinition? Definition, string[] Problems) Definition(string yaml)
    {
        var problems = new ProblemList();
        var found = IndicatorLoader.Parse(yaml, "x.yaml", 4, problems);
        return (found.SingleOrDefault().Definition, Problems.Lines(problems.All));
    }

    [Test]
    public void A_definition_reads_its_threshold_and_whether_it_is_restricted()
    {
        var (definition, problems) = Definition("id: X\ntitle: x\nsuppress_below: 5\nrestricted: true\n");
        Assert.That(problems, Is.Empty);
        Assert.That((definition!.SuppressBelow, definition.Restricted), Is.EqualTo(((int?)5, true)));
        Assert.That(Definition("id: X\ntitle: x\n").Definition, Has.Property("SuppressBelow").Null.And.Property("Restricted").False);
    }

    [TestCase("suppress_below: -1", "x.yaml:3:17: 'suppress_below' is '-1'; write a whole number from 0 to 1000")] // a threshold is 0 (off) or more
    [TestCase("restricted: secret", "x.yaml:3:13: 'restricted' is 'secret'; write true or false")] // restricted is yes or no
    [TestCase("suppress_below: 5\nunit: days", "x.yaml:3:17: warning: 'suppress_below' applies to counts (unit count or number, aggregation sum or latest) and to rates (aggregation ratio); this indicator's figures are neither, so nothing is suppressed")] // days are no one's count
    public void A_definition_s_disclosure_keys_are_checked(string keys, string expected) =>
        Assert.That(Definition($"id: X\ntitle: x\n{keys}\n").Problems, Is.EqualTo(new[] { expected }));

    [Test]
    public void Without_the_keys_a_project_is_public_with_no_disclosure_control()
    {
        var (project, problems) = Load(string.Empty);
        Assert.That(problems, Is.Empty);
        Assert.That(project!.Edition, Is.EqualTo(EditionKind.Public));
        Assert.That(project.Disclosure, Is.EqualTo(DisclosureRules.None).Using<DisclosureRules>((a, b) => a.SuppressBelow == b.SuppressBelow && a.Totals.Count == b.Totals.Count));
        Assert.That(project.SettingsOf(EditionKind.Public), Is.EqualTo(new EditionSettings(null)));
        Assert.That(project.SettingsOf(EditionKind.Restricted).Marking, Is.EqualTo("OFFICIAL-SENSITIVE"), "a restricted pack is never unmarked");
    }

    [Test]
    public void The_disclosure_block_gives_the_threshold_zeros_and_totals()
    {
        var (project, problems) = Load("disclosure:\n  suppress_below: 10\n  suppress_zeros: true\n  totals:\n    T: [A, B]\n");
        Assert.That(problems, Is.Empty);
        var rules = project!.Disclosure;
        Assert.That((rules.SuppressBelow, rules.SuppressZeros, rules.Enabled), Is.EqualTo(((int?)10, true, true)));
        Assert.That(rules.Totals.Select(t => $"{t.Total}={string.Join('+', t.Parts)}"), Is.EqualTo(new[] { "T=A+B" }));
    }

    [TestCase("disclosure:\n  suppress_belw: 5\n", "reportgen.yaml:7:3: 'suppress_belw' is not a key of 'disclosure'; did you mean 'suppress_below'?")] // a near miss
    [TestCase("disclosure:\n  totals:\n    T: [A]\n", "reportgen.yaml:8:8: a total adds up two or more parts; list them, such as T: [HOM, VWI]")] // one part is no sum
    [TestCase("disclosure:\n  totals:\n    T: [A, A2]\n", "reportgen.yaml:8:5: the disclosure total 'T' names 'A2', which no definition has; did you mean 'A'?")] // an unknown id would protect nothing
    [TestCase("edition: secret\n", "reportgen.yaml:6:10: 'edition' is 'secret'; write 'public' or 'restricted'")] // two editions only
    [TestCase("editions:\n  closed: {marking: X}\n", "reportgen.yaml:7:3: 'closed' is not a key of 'editions'; the keys are public, restricted")] // an unknown edition
    [TestCase("editions:\n  public: {markings: X}\n", "reportgen.yaml:7:12: 'markings' is not a key of the public edition; did you mean 'marking'?")] // a typo in an edition
    [TestCase("editions:\n  restricted: {output: ../elsewhere}\n", "reportgen.yaml:7:24: '../elsewhere' leads outside the project folder; keep the project's files inside it and write paths relative to it")] // outputs stay inside
    public void The_project_file_s_disclosure_and_edition_keys_are_checked(string more, string expected) =>
        Assert.That(Load(more).Problems, Is.EqualTo(new[] { expected }));

    [Test]
    public void Each_edition_has_its_own_marking_output_and_disclosure_control()
    {
        var (project, problems) = Load("edition: restricted\neditions:\n  public: {marking: OFFICIAL}\n  restricted: {marking: '', output: out/closed, disclosure_control: false}\n");
        Assert.That(problems, Is.Empty);
        Assert.That(project!.Edition, Is.EqualTo(EditionKind.Restricted));
        Assert.That(project.SettingsOf(EditionKind.Public), Is.EqualTo(new EditionSettings("OFFICIAL")));
        Assert.That(project.SettingsOf(EditionKind.Restricted), Is.EqualTo(new EditionSettings("OFFICIAL-SENSITIVE", Path.Join(_folder.Path, "out/closed"), DisclosureControl: false)),
            "an empty marking for the restricted edition still gets the default one");
    }

    [Test]
    public void A_record_level_extract_s_subtotals_are_totals_for_disclosure_control()
    {
        _folder.Write("data/crimes.csv", "date,category\n2016-04-01,a\n");
        _folder.Write("reportgen.yaml", Project.Replace("data: [data/measures.csv]", """
            data:
              - path: data/crimes.csv
                shape: records
                columns: { date: date, category: category }
                categories:
                  T: { parts: [A, B] }
                  A: a
                  B: b
            """, StringComparison.Ordinal));
        var records = ProjectLoader.Load(_folder.Path);
        Assert.That(Problems.Lines(records.Problems, _folder.Path), Is.Empty);
        Assert.That(records.Value!.Disclosure.Totals.Select(t => $"{t.Total}={string.Join('+', t.Parts)}"), Is.EqualTo(new[] { "T=A+B" }));
    }
}
