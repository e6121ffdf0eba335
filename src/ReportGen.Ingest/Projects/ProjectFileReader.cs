using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Periods;
using ReportGen.Ingest.Extracts;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Projects;

/// <summary>Reads the top-level keys of a project file into a <see cref="ProjectFile"/>.</summary>
internal sealed partial class ProjectFileReader
{
    private static readonly string[] Keys =
    [
        "title", "organisation", "language", "financial_year_start", "data", "indicators", "commentary", "output", "fonts", "reports",
        "registers",
        "disclosure", "edition", "editions", "draft", "pdfa",
    ];

    private static readonly string[] FontKeys = ["regular", "bold", "italic", "bold_italic"];
    private static readonly string[] DefinitionExtensions = [".yaml", ".yml"];

    private readonly ProblemList _problems;
    private readonly ProjectPaths _paths;
    private readonly ProjectFile _shell;

    public ProjectFileReader(ProjectFile shell, ProblemList problems)
    {
        _shell = shell;
        _problems = problems;
        _paths = new ProjectPaths(shell.Directory, problems);
    }

    public ProjectFile Read(YamlMapping mapping)
    {
        var map = new YamlMap(mapping, "the project file", Keys, _problems);
        map.CheckKeys();
        var language = map.Text("language")?.Trim();
        if (language is not null && !LanguageTag().IsMatch(language))
        {
            _problems.Error(map.Get("language")!.Location, $"'{language}' is not a language tag; write one such as en-GB or cy-GB");
            language = null;
        }

        var data = map.Require("data", "list the CSV extracts, such as data: [data/measures.csv]");
        var reports = map.Require("reports", "list the reports to build, such as - { id: appendix, template: corporate-performance }");
        var project = _shell with
        {
            Title = map.RequiredText("title", "give the packs a title, such as title: Corporate Performance Report") ?? string.Empty,
            Organisation = map.Text("organisation"),
            Language = language ?? "en-GB",
            FinancialYearStart = map.Integer("financial_year_start", 1, 12) ?? FinancialYear.DefaultStartMonth,
            Data = data is null ? [] : ReadData(data),
            IndicatorFiles = ReadIndicators(map.Get("indicators")),
            CommentaryDirectory = map.Get("commentary") is { } commentary
                ? _paths.Resolve(commentary, "'commentary'", PathKind.Folder) ?? _paths.Default("commentary")
                : _paths.Default("commentary"),
            OutputDirectory = map.Get("output") is { } output
                ? _paths.Resolve(output, "'output'", PathKind.Any) ?? _paths.Default("out")
                : _paths.Default("out"),
            Fonts = map.Get("fonts") is { } fonts ? ReadFonts(fonts) : null,
            Reports = reports is null ? [] : new ReportReader(_paths, _problems).ReadAll(reports),
            Registers = map.Get("registers") is { } registers ? new RegistersEntryReader(_paths, _problems).Read(registers) : [],
        };
        var (disclosure, declared) = map.Get("disclosure") is { } disclosureNode ? DisclosureReader.Read(disclosureNode, _problems) : (DisclosureRules.None, []);
        return project with
        {
            Disclosure = disclosure with { Totals = [.. disclosure.Totals, .. CategoryTotals(project.Data)] },
            DeclaredTotals = declared,
            Edition = map.Choice("edition", EditionsReader.Names) ?? EditionKind.Public,
            Editions = map.Get("editions") is { } editions ? EditionsReader.Read(editions, _paths, _problems) : new Dictionary<EditionKind, EditionSettings>(),
            Draft = map.Boolean("draft") ?? false,
            PdfA = map.Boolean("pdfa") ?? false,
        };
    }

    // Each subtotal of a record-level extract's hierarchy is a total of its parts, for disclosure control.
    private static IEnumerable<IndicatorTotal> CategoryTotals(IEnumerable<DataSource> sources) => sources
        .Select(s => s.Shape)
        .OfType<RecordSpec>()
        .Distinct()
        .SelectMany(spec => spec.Categories.Nodes)
        .Where(node => node.Parts.Count > 0)
        .Select(node => new IndicatorTotal(node.Id, [.. node.Parts.Select(p => p.Text)]));

    private List<DataSource> ReadData(YamlNode node)
    {
        var sources = new List<DataSource>();
        var items = YamlValues.List(node, "'data'", singleAllowed: true, _problems) ?? [];
        if (items.Count == 0 && node is YamlSequence)
        {
            _problems.Error(node.Location, "'data' lists no file; list the CSV extracts, such as data: [data/measures.csv]");
        }

        foreach (var item in items)
        {
            var pathNode = item;
            var encoding = DataEncoding.Detect;
            ShapeSpec? shape = null;
            if (item is YamlMapping mapping)
            {
                (var path, encoding, shape) = new DataEntryReader(_problems).Read(mapping);
                if (path is null)
                {
                    continue;
                }

                pathNode = path;
            }

            if (_paths.Resolve(pathNode, "each entry of 'data'", PathKind.FileOrFolder) is not { } full)
            {
                continue;
            }

            var files = Directory.Exists(full) ? _paths.FilesIn(full, pathNode.Location, ".csv") : [full];
            if (files.Count == 0)
            {
                _problems.Error(pathNode.Location, $"the folder '{((YamlScalar)pathNode).Value}' has no .csv files; put the extracts there or name the files");
            }

            sources.AddRange(files.Select(f => new DataSource(f, encoding, item.Location) { Shape = shape }));
        }

        return sources;
    }

    private string[] ReadIndicators(YamlNode? node)
    {
        var files = new List<string>();
        if (node is null)
        {
            var folder = _paths.Default("indicators");
            if (!Directory.Exists(folder))
            {
                _problems.Error(new SourceLocation(_shell.DisplayPath(_shell.FilePath)), "the project has no indicators/ folder; create it, or say where the definitions are with 'indicators:'");
                return [];
            }

            files.AddRange(_paths.FilesIn(folder, new SourceLocation(_shell.DisplayPath(_shell.FilePath)), DefinitionExtensions));
        }
        else
        {
            foreach (var item in YamlValues.List(node, "'indicators'", singleAllowed: true, _problems) ?? [])
            {
                if (_paths.Resolve(item, "each entry of 'indicators'", PathKind.FileOrFolder) is not { } full)
                {
                    continue;
                }

                var found = Directory.Exists(full) ? _paths.FilesIn(full, item.Location, DefinitionExtensions) : [full];
                if (found.Count == 0)
                {
                    _problems.Warning(item.Location, $"the folder '{((YamlScalar)item).Value}' has no .yaml or .yml files; put the indicator definitions there");
                }

                files.AddRange(found);
            }
        }

        return files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    private FontFiles? ReadFonts(YamlNode node)
    {
        if (YamlValues.Mapping(node, "'fonts'", _problems) is not { } mapping)
        {
            return null;
        }

        var map = new YamlMap(mapping, "'fonts'", FontKeys, _problems);
        map.CheckKeys();
        string? Font(string key) => map.Get(key) is { } value ? _paths.Resolve(value, YamlMap.Quote(key), PathKind.File) : null;
        var regular = map.Require("regular", "name the body font file, such as regular: fonts/Body.ttf") is { } node2
            ? _paths.Resolve(node2, "'regular'", PathKind.File)
            : null;
        var bold = Font("bold");
        var italic = Font("italic");
        var boldItalic = Font("bold_italic");
        return regular is null ? null : new FontFiles(regular, bold, italic, boldItalic);
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
