using ReportGen.Composition.Templates;
using ReportGen.Core.Diagnostics;
using ReportGen.Documents.Model;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Composition.Templates;

/// <summary>Reads a template's YAML (docs/templates.md) into a <see cref="ReportTemplate"/>, checking every key.</summary>
internal static class TemplateReader
{
    private static readonly string[] Keys = ["name", "description", "document", "theme", "sections"];
    private static readonly string[] DocumentKeys = ["title", "subject", "header", "footer", "page_numbers", "first_page_number", "marking"];
    private static readonly string[] SectionKeys = ["orientation", "header", "blocks", "for_each", "restricted"];
    private static readonly (string, SectionRepeat)[] Repeats = [("goal", SectionRepeat.Goal), ("none", SectionRepeat.Once)];
    private static readonly (string, Orientation)[] Orientations = [("portrait", Orientation.Portrait), ("landscape", Orientation.Landscape)];

    public static ReportTemplate? Read(string text, string path, string fallbackName, ProblemList problems)
    {
        var documents = YamlLoader.Load(text, path, problems);
        if (documents.Count == 0)
        {
            if (!problems.HasErrors)
            {
                problems.Error(new SourceLocation(path), "the template is empty; it needs document: and sections: (see docs/templates.md)");
            }

            return null;
        }

        if (YamlValues.Mapping(documents[0], "a template", problems) is not { } root)
        {
            return null;
        }

        var map = new YamlMap(root, "a template", Keys, problems);
        map.CheckKeys();
        var document = ReadDocument(map.Require("document", "give at least document: { title: ... }"), problems);
        var theme = map.Get("theme") is { } themeNode ? ThemeReader.Read(themeNode, problems) : TemplateTheme.Default;
        var sections = ReadSections(map.Require("sections", "list the sections, each with orientation and blocks"), problems);
        return document is null
            ? null
            : new ReportTemplate(map.Text("name") ?? fallbackName, document, theme, sections, root.Location);
    }

    private static TemplateDocument? ReadDocument(YamlNode? node, ProblemList problems)
    {
        if (node is null || YamlValues.Mapping(node, "'document'", problems) is not { } mapping)
        {
            return null;
        }

        var map = new YamlMap(mapping, "'document'", DocumentKeys, problems);
        map.CheckKeys();
        return new TemplateDocument(
            map.RequiredText("title", "give the document a title, such as title: \"{{ settings.subject }}\"") ?? string.Empty,
            map.Text("subject"),
            map.Text("header"),
            map.Text("footer"),
            map.Text("page_numbers") ?? "Page {page} of {pages}",
            map.Text("first_page_number"),
            map.Text("marking"));
    }

    private static IReadOnlyList<TemplateSection> ReadSections(YamlNode? node, ProblemList problems)
    {
        var sections = new List<TemplateSection>();
        if (node is null || YamlValues.List(node, "'sections'", singleAllowed: false, problems) is not { } items)
        {
            return sections;
        }

        foreach (var item in items)
        {
            if (YamlValues.Mapping(item, "a section", problems) is not { } mapping)
            {
                continue;
            }

            var map = new YamlMap(mapping, "a section", SectionKeys, problems);
            map.CheckKeys();
            var blocks = map.Require("blocks", "list the section's blocks (heading, markdown, indicator-table…)") is { } list
                && YamlValues.List(list, "'blocks'", singleAllowed: false, problems) is { } blockItems
                    ? blockItems.Select(b => BlockReader.Read(b, problems)).OfType<TemplateBlock>().ToList()
                    : [];
            sections.Add(new TemplateSection(
                map.Choice("orientation", Orientations) ?? Orientation.Portrait,
                map.Text("header"),
                blocks,
                map.Choice("for_each", Repeats) ?? SectionRepeat.Once,
                map.Boolean("restricted") ?? false));
        }

        if (sections.Count == 0 && !problems.HasErrors)
        {
            problems.Error(node.Location, "'sections' is empty; a template needs at least one section");
        }

        return sections;
    }
}
