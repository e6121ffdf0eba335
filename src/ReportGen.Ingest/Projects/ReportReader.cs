using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Projects;

/// <summary>Reads the <c>reports:</c> entries of a project file.</summary>
internal sealed partial class ReportReader(ProjectPaths paths, ProblemList problems)
{
    private static readonly string[] Keys = ["id", "template", "formats", "title", "indicators", "settings"];

    private static readonly (string, OutputFormat)[] FormatNames =
    [
        ("pdf", OutputFormat.Pdf), ("docx", OutputFormat.Docx), ("html", OutputFormat.Html), ("json", OutputFormat.Json), ("csv", OutputFormat.Csv), ("xlsx", OutputFormat.Xlsx),
    ];

    public IReadOnlyList<ReportDefinition> ReadAll(YamlNode node)
    {
        var reports = new List<ReportDefinition>();
        var items = YamlValues.List(node, "'reports'", singleAllowed: false, problems) ?? [];
        if (items.Count == 0 && node is not YamlMapping)
        {
            problems.Error(node.Location, "'reports' lists no report; add one, such as - { id: appendix, template: corporate-performance }");
        }

        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (YamlValues.Mapping(item, "each entry of 'reports'", problems) is not { } mapping || Read(new YamlMap(mapping, "a report", Keys, problems)) is not { } report)
            {
                continue;
            }

            if (seen.TryGetValue(report.Id, out var first))
            {
                problems.Error(report.Location, $"the report id '{report.Id}' is used twice (first at line {first.Line}); give each report its own id");
                continue;
            }

            seen.Add(report.Id, report.Location);
            reports.Add(report);
        }

        return reports;
    }

    private ReportDefinition? Read(YamlMap map)
    {
        map.CheckKeys();
        var id = map.RequiredText("id", "give each report an id such as appendix");
        if (id is not null && !IdForm().IsMatch(id))
        {
            problems.Error(map.Get("id")!.Location, $"the report id '{id}' has characters other than a-z, 0-9, '-' and '_'; write it like crime-disorder");
        }

        var templateNode = map.Require("template", "name a built-in template (corporate-performance, thematic-dashboard, measure-sheets) or the path of your own");
        var template = templateNode is null ? null : YamlValues.Text(templateNode, "'template'", problems);
        string? templatePath = null;
        if (templateNode is not null && template is not null && template.IndexOfAny(['/', '\\', '.']) >= 0)
        {
            templatePath = paths.Resolve(templateNode, "'template'", PathKind.FileOrFolder);
        }

        var report = new ReportDefinition
        {
            Id = id ?? string.Empty,
            Template = template ?? string.Empty,
            TemplatePath = templatePath,
            Title = map.Text("title"),
            Location = map.Location,
            Settings = map.Map("settings") is { } settings ? SettingsReader.Read(settings) : new Dictionary<string, object?>(StringComparer.Ordinal),
            SettingLocations = map.Map("settings") is { } located
                ? located.Entries.DistinctBy(e => e.Key.Value, StringComparer.Ordinal).ToDictionary(e => e.Key.Value, e => e.Value.Location, StringComparer.Ordinal)
                : new Dictionary<string, SourceLocation>(StringComparer.Ordinal),
        };

        if (map.Get("formats") is { } formats)
        {
            report = report with { Formats = ReadFormats(formats) };
        }

        if (map.Get("indicators") is { } indicators && YamlValues.List(indicators, "'indicators'", singleAllowed: true, problems) is { } list)
        {
            var ids = list.Select(i => (Id: YamlValues.Text(i, "each entry of 'indicators'", problems), i.Location)).Where(i => i.Id is not null).ToArray();
            report = report with { Indicators = ids.Select(i => i.Id!).ToArray(), IndicatorLocations = ids.Select(i => i.Location).ToArray() };
        }

        return id is null ? null : report;
    }

    private OutputFormat[] ReadFormats(YamlNode node)
    {
        var formats = new List<OutputFormat>();
        var items = YamlValues.List(node, "'formats'", singleAllowed: true, problems) ?? [];
        if (items.Count == 0 && node is YamlSequence)
        {
            problems.Error(node.Location, "'formats' lists no format; write pdf, docx and/or json, or leave 'formats' out for all three");
        }

        foreach (var item in items)
        {
            if (YamlValues.Choice(item, "each entry of 'formats'", FormatNames, problems) is not { } format)
            {
                continue;
            }

            if (formats.Contains(format))
            {
                problems.Warning(item.Location, $"'{((YamlScalar)item).Value}' is listed twice in 'formats'; list each format once");
                continue;
            }

            formats.Add(format);
        }

        return formats.ToArray();
    }

    [GeneratedRegex("^[a-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdForm();
}
