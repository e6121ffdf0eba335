using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Tests.Projects;

public sealed class ProjectLoaderTests
{
    private const string Minimal = """
        title: Corporate Performance Report
        data:
          - data/measures.csv
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
        _folder.Write("indicators/csp.yaml", "id: CSP1\ntitle: Crime\n");
    }

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private LoadResult<ProjectFile> Load(string yaml, string name = "reportgen.yaml")
    {
        _folder.Write(name, yaml);
        return ProjectLoader.Load(_folder.Path);
    }

    private string[] Lines(LoadResult<ProjectFile> result) => Problems.Lines(result.Problems, _folder.Path);

    [Test]
    public void The_smallest_project_file_gets_the_defaults()
    {
        var result = Load(Minimal);
        Assert.That(Lines(result), Is.Empty);
        var project = result.Value!;
        Assert.That(project.Title, Is.EqualTo("Corporate Performance Report"));
        Assert.That(project.Directory, Is.EqualTo(_folder.Path));
        Assert.That(project.FilePath, Is.EqualTo(Path.Join(_folder.Path, "reportgen.yaml")));
        Assert.That(project.Organisation, Is.Null);
        Assert.That(project.Language, Is.EqualTo("en-GB"));
        Assert.That(project.FinancialYearStart, Is.EqualTo(4));
        Assert.That(project.Data, Is.EqualTo(new[] { new DataSource(Path.Join(_folder.Path, "data/measures.csv"), DataEncoding.Detect, new SourceLocation(Path.Join(_folder.Path, "reportgen.yaml"), 3, 5)) }));
        Assert.That(project.IndicatorFiles, Is.EqualTo(new[] { Path.Join(_folder.Path, "indicators/csp.yaml") }));
        Assert.That(project.CommentaryDirectory, Is.EqualTo(Path.Join(_folder.Path, "commentary")));
        Assert.That(project.OutputDirectory, Is.EqualTo(Path.Join(_folder.Path, "out")));
        Assert.That(project.Fonts, Is.Null);
        var report = project.Reports.Single();
        Assert.That(report.Id, Is.EqualTo("appendix"));
        Assert.That(report.Template, Is.EqualTo("corporate-performance"));
        Assert.That(report.TemplatePath, Is.Null);
        Assert.That(report.Formats, Is.EqualTo(new[] { OutputFormat.Pdf, OutputFormat.Docx, OutputFormat.Json }));
        Assert.That(report.Indicators, Is.Null);
        Assert.That(report.Settings, Is.Empty);
        Assert.That(report.Location.ToString(), Is.EqualTo(Path.Join(_folder.Path, "reportgen.yaml") + ":5:5"));
    }

    [Test]
    public void Every_key_of_the_contract_is_read()
    {
        _folder.Write("data/old-extract.csv", "x");
        _folder.Write("fonts/Body.ttf", "x");
        _folder.Write("fonts/Body-Bold.ttf", "x");
        _folder.Write("templates/mine.yaml", "x");
        _folder.Folder("notes");
        var result = Load("""
            title: Corporate Performance Report
            organisation: London Borough of Havering
            language: cy-GB
            financial_year_start: 1
            data:
              - data/measures.csv
              - path: data/old-extract.csv
                encoding: windows-1252
            indicators: [indicators/csp.yaml]
            commentary: notes/
            output: build/packs
            fonts:
              regular: fonts/Body.ttf
              bold: fonts/Body-Bold.ttf
            reports:
              - id: crime-disorder
                template: templates/mine.yaml
                formats: [json, pdf]
                title: Crime and disorder
                indicators: [CSP1, CSP2]
                settings:
                  committee: Crime & Disorder Sub-Committee
                  page_start: 79
                  members: [Cllr A, Cllr B]
                  contact: { name: A. Analyst, phone: ~ }
            """);
        Assert.That(Lines(result), Is.Empty);
        var project = result.Value!;
        Assert.That(project.Organisation, Is.EqualTo("London Borough of Havering"));
        Assert.That(project.Language, Is.EqualTo("cy-GB"));
        Assert.That(project.FinancialYearStart, Is.EqualTo(1));
        Assert.That(project.Data.Select(d => (Path.GetFileName(d.Path), d.Encoding)), Is.EqualTo(new[] { ("measures.csv", DataEncoding.Detect), ("old-extract.csv", DataEncoding.Windows1252) }));
        Assert.That(project.CommentaryDirectory, Is.EqualTo(Path.Join(_folder.Path, "notes")));
        Assert.That(project.OutputDirectory, Is.EqualTo(Path.Join(_folder.Path, "build/packs")));
        Assert.That(project.Fonts, Is.EqualTo(new FontFiles(Path.Join(_folder.Path, "fonts/Body.ttf"), Path.Join(_folder.Path, "fonts/Body-Bold.ttf"), null, null)));
        var report = project.Reports.Single();
        Assert.That(report.TemplatePath, Is.EqualTo(Path.Join(_folder.Path, "templates/mine.yaml")));
        Assert.That(report.Formats, Is.EqualTo(new[] { OutputFormat.Json, OutputFormat.Pdf }));
        Assert.That(report.Title, Is.EqualTo("Crime and disorder"));
        Assert.That(report.Indicators, Is.EqualTo(new[] { "CSP1", "CSP2" }));
        Assert.That(report.IndicatorLocations.Select(l => (l.Line, l.Column)), Is.EqualTo(new[] { ((int?)20, (int?)18), (20, 24) }));
        Assert.That(report.Settings.Keys, Is.EqualTo(new[] { "committee", "page_start", "members", "contact" }));
        Assert.That(report.Settings["committee"], Is.EqualTo("Crime & Disorder Sub-Committee"));
        Assert.That(report.Settings["page_start"], Is.EqualTo("79"));
        Assert.That(report.Settings["members"], Is.EqualTo(new object?[] { "Cllr A", "Cllr B" }));
        var contact = (IReadOnlyDictionary<string, object?>)report.Settings["contact"]!;
        Assert.That(contact.Keys, Is.EqualTo(new[] { "name", "phone" }));
        Assert.That(contact["phone"], Is.Null);
    }

    [Test]
    public void The_yml_extension_is_read_too() =>
        Assert.That(Load(Minimal, "reportgen.yml").Value!.FilePath, Does.EndWith("reportgen.yml"));

    [Test]
    public void A_folder_without_a_project_file_is_an_error_naming_the_folder()
    {
        var result = ProjectLoader.Load(_folder.Path);
        Assert.That(result.Value, Is.Null);
        Assert.That(Lines(result), Is.EqualTo(new[] { $"reportgen: the folder '{_folder.Path}' has no reportgen.yaml; run in a report project's folder, give it with --project, or create reportgen.yaml there" }));
    }

    [Test]
    public void Problems_name_files_by_the_folder_as_given()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, _folder.Path);
        _folder.Write("reportgen.yaml", "title: x\ndata: [data/missing.csv]\nreports: [{id: a, template: b}]\n");
        var result = ProjectLoader.Load(relative);
        Assert.That(result.Problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            $"{relative}/reportgen.yaml:2:8: 'data/missing.csv' does not exist; check the path, which is relative to the project folder",
        }));
    }

    [Test]
    public void A_folder_given_as_dot_names_files_by_their_relative_paths()
    {
        var project = Load(Minimal).Value! with { DisplayDirectory = "." };
        Assert.That(project.DisplayPath(Path.Join(_folder.Path, "data/measures.csv")), Is.EqualTo("data/measures.csv"));
    }

    [TestCase("../outside.csv", "reportgen.yaml:2:8: '../outside.csv' leads outside the project folder; keep the project's files inside it and write paths relative to it")] // escapes upwards
    [TestCase("data/../../x.csv", "reportgen.yaml:2:8: 'data/../../x.csv' leads outside the project folder; keep the project's files inside it and write paths relative to it")] // escapes after going down
    [TestCase("/etc/passwd", "reportgen.yaml:2:8: '/etc/passwd' is an absolute path; write the path relative to the project folder, such as data/measures.csv")] // a Unix absolute path
    [TestCase("C:/data/x.csv", "reportgen.yaml:2:8: 'C:/data/x.csv' is an absolute path; write the path relative to the project folder, such as data/measures.csv")] // a Windows path is absolute on any machine
    [TestCase("data/nope.csv", "reportgen.yaml:2:8: 'data/nope.csv' does not exist; check the path, which is relative to the project folder")] // inside but missing
    public void Paths_must_stay_inside_the_project_and_exist(string path, string expected) =>
        Assert.That(Lines(Load($"title: x\ndata: [\"{path}\"]\nreports: [{{id: a, template: b}}]\n")), Is.EqualTo(new[] { expected }));

    [Test]
    public void Windows_separators_are_read_as_slashes()
    {
        var result = Load("title: x\ndata: ['data\\measures.csv']\nreports: [{id: a, template: b}]\n");
        Assert.That(Lines(result), Is.Empty);
        Assert.That(result.Value!.Data.Single().Path, Is.EqualTo(Path.Join(_folder.Path, "data/measures.csv")));
    }

    [Test]
    public void A_data_folder_stands_for_its_csv_files_in_order()
    {
        _folder.Write("data/a.csv", "x");
        _folder.Write("data/notes.txt", "x");
        var result = Load("title: x\ndata: data/\nreports: [{id: a, template: b}]\n");
        Assert.That(result.Value!.Data.Select(d => Path.GetFileName(d.Path)), Is.EqualTo(new[] { "a.csv", "measures.csv" }));
    }

    [Test]
    public void Indicator_paths_mix_files_and_folders_and_come_back_in_ordinal_order()
    {
        _folder.Write("indicators/b.yml", "x");
        _folder.Write("indicators/A.yaml", "x");
        _folder.Write("more/z.yaml", "x");
        _folder.Write("indicators/readme.md", "x");
        var result = Load(Minimal + "indicators: [more/z.yaml, indicators/, indicators/b.yml]\n");
        Assert.That(Lines(result), Is.Empty);
        Assert.That(result.Value!.IndicatorFiles.Select(f => Path.GetRelativePath(_folder.Path, f)), Is.EqualTo(new[] { "indicators/A.yaml", "indicators/b.yml", "indicators/csp.yaml", "more/z.yaml" }));
    }

    [Test]
    public void A_missing_default_indicators_folder_is_an_error()
    {
        Directory.Delete(Path.Join(_folder.Path, "indicators"), recursive: true);
        Assert.That(Lines(Load(Minimal)), Is.EqualTo(new[] { "reportgen.yaml: the project has no indicators/ folder; create it, or say where the definitions are with 'indicators:'" }));
    }

    [Test]
    public void An_empty_indicators_folder_is_a_warning()
    {
        _folder.Folder("empty");
        Assert.That(Lines(Load(Minimal + "indicators: empty/\n")), Is.EqualTo(new[] { "reportgen.yaml:7:13: warning: the folder 'empty/' has no .yaml or .yml files; put the indicator definitions there" }));
    }

    [Test]
    public void Every_problem_of_the_file_is_reported_not_just_the_first()
    {
        var result = Load("""
            organization: Havering
            language: English
            financial_year_start: 13
            data:
              - path: data/measures.csv
                encoding: latin-1
            commentary: notes/
            fonts:
              bold: fonts/missing.ttf
            reports:
              - id: Crime Disorder
                template: corporate-performance
                formats: [pdf, odt, pdf]
              - id: Crime Disorder
              - title: no id
            """);
        Assert.That(Lines(result), Is.EqualTo(new[]
        {
            "reportgen.yaml:1:1: 'organization' is not a key of the project file; did you mean 'organisation'?",
            "reportgen.yaml:2:11: 'English' is not a language tag; write one such as en-GB or cy-GB",
            "reportgen.yaml:1:1: 'title' is missing; give the packs a title, such as title: Corporate Performance Report",
            "reportgen.yaml:3:23: 'financial_year_start' is '13'; write a whole number from 1 to 12",
            "reportgen.yaml:6:15: 'encoding' is 'latin-1'; write 'utf-8' or 'windows-1252'",
            "reportgen.yaml:7:13: the folder 'notes/' does not exist; create it or check the path, which is relative to the project folder",
            "reportgen.yaml:9:3: 'regular' is missing; name the body font file, such as regular: fonts/Body.ttf",
            "reportgen.yaml:9:9: 'fonts/missing.ttf' does not exist; check the path, which is relative to the project folder",
            "reportgen.yaml:11:9: the report id 'Crime Disorder' has characters other than a-z, 0-9, '-' and '_'; write it like crime-disorder",
            "reportgen.yaml:13:20: each entry of 'formats' is 'odt'; write 'pdf', 'docx', 'html', 'json', 'csv' or 'xlsx'",
            "reportgen.yaml:13:25: warning: 'pdf' is listed twice in 'formats'; list each format once",
            "reportgen.yaml:14:9: the report id 'Crime Disorder' has characters other than a-z, 0-9, '-' and '_'; write it like crime-disorder",
            "reportgen.yaml:14:5: 'template' is missing; name a built-in template (corporate-performance, thematic-dashboard, measure-sheets) or the path of your own",
            "reportgen.yaml:14:5: the report id 'Crime Disorder' is used twice (first at line 11); give each report its own id",
            "reportgen.yaml:15:5: 'id' is missing; give each report an id such as appendix",
            "reportgen.yaml:15:5: 'template' is missing; name a built-in template (corporate-performance, thematic-dashboard, measure-sheets) or the path of your own",
        }));
        Assert.That(result.HasErrors, Is.True);
        Assert.That(result.Value, Is.Not.Null, "a best-effort project lets later stages report their problems too");
    }

    [TestCase("", "reportgen.yaml: the project file is empty; it needs at least title, data and reports (see docs/project-files.md)")] // nothing at all
    [TestCase("- a\n", "reportgen.yaml:1:1: the project file is a list; it must be a map of keys such as title, data and reports")] // the wrong kind of root
    [TestCase("title: a\n---\ntitle: b\n", "reportgen.yaml:3:1: the project file holds more than one YAML document; keep one (remove the '---' lines)")] // a second document would be silently ignored
    [TestCase("title: [a\n", "reportgen.yaml:2:1: this is not valid YAML (while parsing a flow sequence, did not find expected ',' or ']'); check the indentation, colons and quotes here")] // a syntax error gives no project
    public void A_project_file_that_is_not_a_map_gives_no_project(string yaml, string expected)
    {
        var result = Load(yaml);
        Assert.That(Lines(result), Is.EqualTo(new[] { expected }));
        Assert.That(result.Value, Is.Null);
    }

    [Test]
    public void Required_lists_must_not_be_empty() =>
        Assert.That(Lines(Load("title: x\ndata: []\nreports: []\n")), Is.EqualTo(new[]
        {
            "reportgen.yaml:2:7: 'data' lists no file; list the CSV extracts, such as data: [data/measures.csv]",
            "reportgen.yaml:3:10: 'reports' lists no report; add one, such as - { id: appendix, template: corporate-performance }",
        }));

    [TestCase("data: [[a.csv]]", "reportgen.yaml:2:8: each entry of 'data' must be text, not a list")] // one problem, not a second "is empty"
    [TestCase("data: [~]", "reportgen.yaml:2:8: each entry of 'data' is empty; write a path relative to the project folder, such as data/measures.csv")] // a blank entry
    [TestCase("data: [{path: data/measures.csv, encodng: utf-8}]", "reportgen.yaml:2:34: 'encodng' is not a key of a data entry; did you mean 'encoding'?")] // a typo in a data entry's key
    [TestCase("data: [{encoding: utf-8}]", "reportgen.yaml:2:8: 'path' is missing; name the CSV file, such as path: data/measures.csv")] // an encoding without a file
    public void Data_entries_are_checked(string data, string expected) =>
        Assert.That(Lines(Load($"title: x\n{data}\nreports: [{{id: a, template: b}}]\n")), Is.EqualTo(new[] { expected }));

    [TestCase("templates/missing.yaml", "reportgen.yaml:3:29: 'templates/missing.yaml' does not exist; check the path, which is relative to the project folder")] // a path names the user's template
    [TestCase("mine.yaml", "reportgen.yaml:3:29: 'mine.yaml' does not exist; check the path, which is relative to the project folder")] // a dot makes it a path too
    [TestCase("../common/pack.yaml", "reportgen.yaml:3:29: '../common/pack.yaml' leads outside the project folder; keep the project's files inside it and write paths relative to it")] // a template shared from outside is still outside
    public void A_template_path_must_exist_inside_the_project(string template, string expected) =>
        Assert.That(Lines(Load($"title: x\ndata: [data/measures.csv]\nreports: [{{id: a, template: {template}}}]\n")), Is.EqualTo(new[] { expected }));

    [Test]
    public void A_built_in_template_name_is_kept_for_the_caller_to_check()
    {
        var report = Load("title: x\ndata: [data/measures.csv]\nreports: [{id: a, template: measure-sheets}]\n").Value!.Reports.Single();
        Assert.That((report.Template, report.TemplatePath), Is.EqualTo(("measure-sheets", (string?)null)));
    }

    [Test]
    public void A_single_report_not_in_a_list_is_one_error()
    {
        Assert.That(Lines(Load("title: x\ndata: [data/measures.csv]\nreports:\n  id: a\n  template: b\n")), Is.EqualTo(new[]
        {
            "reportgen.yaml:4:3: 'reports' must be a list, not a map; write it as [a, b] or as lines starting with '- '",
        }));
    }
}
