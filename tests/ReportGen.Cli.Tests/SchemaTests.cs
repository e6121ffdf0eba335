using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Cli.Tests;

/// <summary>
/// The JSON Schemas in <c>schemas/</c> (for editors): every sample, built-in template and starter YAML file names its
/// schema on its first line, at a path that exists, and is valid against it; a misspelt key is not; and
/// <c>reportgen new</c> writes the schemas where its files point.
/// </summary>
public sealed partial class SchemaTests
{
    private static readonly string Root = Path.GetFullPath(Path.Join(Path.GetDirectoryName(CommandLine.Sample("x"))!, ".."));

    private string _work = null!;

    [SetUp]
    public void MakeWorkFolder() => _work = Path.Join(Path.GetTempPath(), "reportgen-schema-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveWorkFolder()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    public static IEnumerable<TestCaseData> YamlFiles() =>
        new[] { "samples", "templates", Path.Join("src", "ReportGen.Cli", "Starters") }
            .SelectMany(folder => Directory.GetFiles(Path.Join(Root, folder), "*.yaml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetRelativePath(Root, path).Replace('\\', '/')).SetName($"Valid_against_its_schema({Path.GetRelativePath(Root, path).Replace('\\', '/')})"));

    [TestCaseSource(nameof(YamlFiles))]
    public void Each_yaml_file_names_its_schema_and_is_valid_against_it(string relative)
    {
        var path = Path.Join(Root, relative);
        var first = File.ReadLines(path).First();
        var named = SchemaLine().Match(first);
        Assert.That(named.Success, Is.True, $"{relative}: the first line names the schema: {first}");
        var schemaPath = named.Groups["path"].Value;
        string resolved;
        if (relative.StartsWith("src/", StringComparison.Ordinal))
        {
            // A starter's files point into the project's .reportgen/schemas/, which `reportgen new` writes.
            var project = string.Join('/', relative.Split('/').Take(4));
            var inProject = Path.GetFullPath(Path.Join(Path.GetDirectoryName(path)!, schemaPath));
            Assert.That(Path.GetRelativePath(Path.Join(Root, project), inProject).Replace('\\', '/'), Does.StartWith(".reportgen/schemas/"));
            resolved = Path.Join(Root, "schemas", Path.GetFileName(schemaPath));
        }
        else
        {
            resolved = Path.GetFullPath(Path.Join(Path.GetDirectoryName(path)!, schemaPath));
        }

        Assert.That(File.Exists(resolved), Is.True, $"{relative}: {schemaPath} exists");
        Assert.That(Path.GetDirectoryName(resolved), Is.EqualTo(Path.Join(Root, "schemas")));
        var errors = Errors(resolved, File.ReadAllText(path));
        Assert.That(errors, Is.Empty, relative);
    }

    [TestCase("reportgen.schema.json", "samples/havering/reportgen.yaml", "organisation:", "organization:")]
    [TestCase("indicators.schema.json", "samples/havering/indicators/safe.yaml", "  polarity: lower", "  polarty: lower")]
    [TestCase("indicators.schema.json", "samples/havering/indicators/safe.yaml", "    method: tolerance", "    method: tolerence")]
    [TestCase("template.schema.json", "templates/corporate-performance/template.yaml", "      - heading:", "      - headline:")]
    [TestCase("template.schema.json", "templates/corporate-performance/template.yaml", "          caption: Report details", "          captoin: Report details")] // a block's own key
    [TestCase("reportgen.schema.json", "samples/havering/reportgen.yaml", "    formats: [pdf, docx, json]", "    formats: [pdf, docx, odt]")]
    public void A_misspelt_key_or_choice_fails(string schema, string file, string good, string bad)
    {
        var text = File.ReadAllText(Path.Join(Root, file)).ReplaceLineEndings("\n");
        Assert.That(text, Does.Contain(good));
        var index = text.IndexOf(good, StringComparison.Ordinal);
        var broken = text[..index] + bad + text[(index + good.Length)..];

        Assert.That(Errors(Path.Join(Root, "schemas", schema), broken), Is.Not.Empty);
    }

    [Test]
    public void New_writes_the_schemas_its_files_name_and_the_project_still_builds()
    {
        var project = Path.Join(_work, "p");
        var (exitCode, _, _) = CommandLine.Run("new", project, "--template", "thematic-dashboard");
        Assert.That(exitCode, Is.Zero);

        foreach (var yaml in Directory.GetFiles(project, "*.yaml", SearchOption.AllDirectories))
        {
            var named = SchemaLine().Match(File.ReadLines(yaml).First());
            Assert.That(named.Success, Is.True, yaml);
            var schema = Path.GetFullPath(Path.Join(Path.GetDirectoryName(yaml)!, named.Groups["path"].Value));
            Assert.That(File.ReadAllText(schema), Is.EqualTo(File.ReadAllText(Path.Join(Root, "schemas", Path.GetFileName(schema)))), yaml);
            Assert.That(Errors(schema, File.ReadAllText(yaml)), Is.Empty, yaml);
        }

        var (validate, _, error) = CommandLine.Run("validate", "--project", project, "--strict");
        Assert.That(validate, Is.Zero, error);
    }

    [Test]
    public void Init_points_the_copy_at_the_project_s_schema()
    {
        Directory.CreateDirectory(_work);
        var (exitCode, _, _) = CommandLine.Run("init", "--template", "measure-sheets", "--project", _work);
        Assert.That(exitCode, Is.Zero);

        var copy = Path.Join(_work, "templates", "measure-sheets", "template.yaml");
        var named = SchemaLine().Match(File.ReadLines(copy).First());
        var schema = Path.GetFullPath(Path.Join(Path.GetDirectoryName(copy)!, named.Groups["path"].Value));
        Assert.That(schema, Is.EqualTo(Path.GetFullPath(Path.Join(_work, ".reportgen", "schemas", "template.schema.json"))));
        Assert.That(Errors(schema, File.ReadAllText(copy)), Is.Empty);
    }

    /// <summary>Each error of <paramref name="yaml"/> against the schema at <paramref name="schemaPath"/>: "location: message".</summary>
    private static List<string> Errors(string schemaPath, string yaml)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(schemaPath), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse((ToJson(yaml) ?? JsonValue.Create((string?)null))?.ToJsonString() ?? "null");
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).DefaultIfEmpty("invalid")];
    }

    /// <summary>The YAML as JSON: plain scalars that read as numbers, booleans or null become those; quoted ones stay text.</summary>
    private static JsonNode? ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(child => KeyValuePair.Create(((YamlScalarNode)child.Key).Value ?? string.Empty, Convert(child.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar => Plain(scalar.Value ?? string.Empty),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    private static JsonNode? Plain(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => null,
        "true" or "True" or "TRUE" => JsonValue.Create(true),
        "false" or "False" or "FALSE" => JsonValue.Create(false),
        _ when decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        _ => JsonValue.Create(text),
    };

    [GeneratedRegex(@"^# yaml-language-server: \$schema=(?<path>\S+)$")]
    private static partial Regex SchemaLine();
}
