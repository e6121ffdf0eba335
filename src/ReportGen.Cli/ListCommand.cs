using System.CommandLine;
using ReportGen.Core.Diagnostics;
using ReportGen.Pipeline;

namespace ReportGen.Cli;

/// <summary>
/// <c>reportgen list</c>: what a project holds: its indicators (id, goal, how each is rated, title), its reports, the
/// built-in templates and the periods its data cover. A project that cannot be read prints its problems as a build
/// would (exit code 1), after the built-in templates.
/// </summary>
internal sealed class ListCommand : Command
{
    private readonly Option<string> _project = new("--project", "-p")
    {
        Description = "The project folder holding reportgen.yaml.",
        HelpName = "dir",
        DefaultValueFactory = _ => ".",
    };

    public ListCommand()
        : base("list", "List the project's indicators and reports, the built-in templates, and the periods the data cover.")
    {
        Options.Add(_project);
        SetAction(parsed => Run(parsed.GetValue(_project) ?? ".", parsed.InvocationConfiguration));
    }

    private static int Run(string directory, InvocationConfiguration console)
    {
        var listing = ProjectListing.Read(directory);
        var output = console.Output;
        if (listing.Problems.All(p => p.Severity != Severity.Error))
        {
            output.WriteLine($"indicators: {listing.Indicators.Count}");
            Table(output, ["id", "goal", "method", "title"], listing.Indicators.Select(i => new[] { i.Id, i.Goal ?? "–", i.Method, i.Title }));
            output.WriteLine($"reports: {listing.Reports.Count}");
            Table(output, ["id", "template", "formats", "title"], listing.Reports.Select(r => new[] { r.Id, r.Template, string.Join(",", r.Formats), r.Title ?? "–" }));
        }

        output.WriteLine($"built-in templates: {listing.Templates.Count}");
        Table(output, ["name", "description"], listing.Templates.Select(t => new[] { t.Name, t.Description ?? string.Empty }));
        if (listing.Data is { } data)
        {
            output.WriteLine($"data: {data.First} to {data.Last}; quarters with data:");
            foreach (var year in data.Quarters.GroupBy(q => q.Year))
            {
                output.WriteLine($"  {year.Key}: {string.Join(" ", year.Select(q => $"Q{q.Index}"))}");
            }
        }
        else if (listing.Problems.All(p => p.Severity != Severity.Error))
        {
            output.WriteLine("data: no figures for the whole of any month or quarter");
        }

        foreach (var problem in listing.Problems)
        {
            console.Error.WriteLine(problem);
        }

        var errors = listing.Problems.Count(p => p.Severity == Severity.Error);
        if (errors > 0)
        {
            console.Error.WriteLine($"reportgen: the project cannot be listed: {(errors == 1 ? "1 error" : $"{errors} errors")}");
            return Directory.Exists(directory) ? ExitCodes.Failed : ExitCodes.BadCommandLine;
        }

        return ExitCodes.Built;
    }

    /// <summary>Rows under a header, each column as wide as its widest cell but the last.</summary>
    private static void Table(TextWriter output, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => all.Max(r => r[c].Length)).ToArray();
        foreach (var row in all)
        {
            var cells = row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]));
            output.WriteLine(("  " + string.Join("  ", cells)).TrimEnd());
        }
    }
}
