using System.CommandLine;
using ReportGen.Composition.Templates;

namespace ReportGen.Cli;

/// <summary>
/// <c>reportgen init --template NAME</c>: copies a built-in template into the project
/// (<c>templates/NAME/template.yaml</c>) for the user to change, and says how to point a report at it. An existing
/// copy is kept unless <c>--force</c> is given.
/// </summary>
internal sealed class InitCommand : Command
{
    private readonly Option<string> _template = new("--template", "-t")
    {
        Description = $"The built-in template to copy: {string.Join(", ", TemplateLoader.BuiltInNames)}.",
        HelpName = "name",
        Required = true,
    };

    private readonly Option<string> _project = new("--project", "-p")
    {
        Description = "The project folder to copy it into (it goes in templates/<name>/).",
        HelpName = "dir",
        DefaultValueFactory = _ => ".",
    };

    private readonly Option<bool> _force = new("--force")
    {
        Description = "Replace a copy that is already there.",
    };

    public InitCommand()
        : base("init", "Copy a built-in template into the project, to change it without writing code.")
    {
        Options.Add(_template);
        Options.Add(_project);
        Options.Add(_force);
        SetAction(parsed => Run(parsed.GetValue(_template)!, parsed.GetValue(_project) ?? ".", parsed.GetValue(_force), parsed.InvocationConfiguration));
    }

    private static int Run(string name, string project, bool force, InvocationConfiguration console)
    {
        if (TemplateLoader.BuiltInText(name) is not { } text)
        {
            console.Error.WriteLine($"reportgen: there is no built-in template '{name}'; the built-in templates are {string.Join(", ", TemplateLoader.BuiltInNames)}");
            return ExitCodes.BadCommandLine;
        }

        if (!Directory.Exists(project))
        {
            console.Error.WriteLine($"reportgen: the project folder '{project}' does not exist; give --project the folder holding reportgen.yaml");
            return ExitCodes.BadCommandLine;
        }

        var relative = $"templates/{name}/template.yaml";
        var path = Path.Combine(project, "templates", name, "template.yaml");
        if (File.Exists(path) && !force)
        {
            console.Error.WriteLine($"reportgen: {Path.Join(project, relative)} already exists and was left as it is; give --force to replace it with the built-in");
            return ExitCodes.Failed;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp";

            // The built-in names its schema beside the repository's templates; the copy, the one in the project.
            File.WriteAllText(temporary, text.Replace("$schema=../../schemas/", $"$schema=../../{StarterProjects.SchemaFolder}/", StringComparison.Ordinal));
            File.Move(temporary, path, overwrite: true);
            var schema = Path.Combine(project, StarterProjects.SchemaFolder, "template.schema.json");
            if (!File.Exists(schema) && StarterProjects.Schemas().FirstOrDefault(s => s.Name == "template.schema.json") is { Content: { } content })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(schema)!);
                File.WriteAllBytes(schema, content);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"reportgen: {Path.Join(project, relative)} cannot be written ({e.Message})");
            return ExitCodes.Failed;
        }

        console.Output.WriteLine($"wrote {Path.Join(project, relative)}");
        var uses = UsesOf(project, name);
        if (uses.Count > 0)
        {
            foreach (var line in uses)
            {
                console.Output.WriteLine($"{Path.Join(project, "reportgen.yaml")}:{line}: uses the built-in; write 'template: templates/{name}' there to build with your copy");
            }
        }
        else
        {
            console.Output.WriteLine("To build with your copy, point a report at its folder in reportgen.yaml:");
            console.Output.WriteLine("  reports:");
            console.Output.WriteLine("    - id: my-report");
            console.Output.WriteLine($"      template: templates/{name}");
        }

        console.Output.WriteLine("Then change the copy: docs/templates.md describes the template language.");
        return ExitCodes.Built;
    }

    /// <summary>The lines of the project's reportgen.yaml that name the built-in (<c>template: NAME</c>).</summary>
    private static List<int> UsesOf(string project, string name)
    {
        var file = Path.Combine(project, "reportgen.yaml");
        var lines = new List<int>();
        if (!File.Exists(file))
        {
            return lines;
        }

        var text = File.ReadAllLines(file);
        for (var i = 0; i < text.Length; i++)
        {
            var line = text[i].Split('#')[0].Trim().TrimStart('-').Trim();
            if (line.StartsWith("template:", StringComparison.Ordinal) && line["template:".Length..].Trim().Trim('"', '\'') == name)
            {
                lines.Add(i + 1);
            }
        }

        return lines;
    }
}
