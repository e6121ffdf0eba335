using ReportGen.Composition.Templates;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Pipeline.Stages;

namespace ReportGen.Pipeline;

/// <summary>
/// What a project holds, for <c>reportgen list</c>: its indicators, its reports, the built-in templates and the
/// periods its data cover. The project is read and checked as a build reads it (stage 1, <see cref="LoadProject"/>);
/// with errors, only the problems and the built-in templates are given.
/// </summary>
/// <param name="Problems">The problems reading the project found (errors mean nothing else but the templates is listed).</param>
/// <param name="Indicators">The indicator definitions, in the order read.</param>
/// <param name="Reports">The reports the project file lists.</param>
/// <param name="Templates">The built-in templates.</param>
/// <param name="Data">The periods the data cover.</param>
public sealed record ProjectListing(
    IReadOnlyList<Problem> Problems,
    IReadOnlyList<ListedIndicator> Indicators,
    IReadOnlyList<ListedReport> Reports,
    IReadOnlyList<ListedTemplate> Templates,
    DataCoverage? Data)
{
    /// <summary>Reads the project in <paramref name="directory"/>.</summary>
    public static ProjectListing Read(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var templates = TemplateLoader.BuiltInNames.Select(name => new ListedTemplate(name, TemplateDescription(name))).ToList();
        var problems = new List<Problem>();
        if (!Directory.Exists(directory))
        {
            problems.Add(Problem.Error(null, $"the project folder '{directory}' does not exist; give --project the folder holding reportgen.yaml"));
            return new ProjectListing(problems, [], [], templates, null);
        }

        if (LoadProject.Run(directory, problems) is not { } inputs)
        {
            return new ProjectListing(problems, [], [], templates, null);
        }

        var indicators = inputs.Definitions.Select(d => new ListedIndicator(d.Id, d.Title, d.Goal, Method(d))).ToList();
        var reports = inputs.Project.Reports.Select(r => new ListedReport(
            r.Id,
            r.Title,
            r.TemplatePath is null ? r.Template : $"{r.Template} (the project's own copy)",
            r.Formats.Select(f => f.ToString().ToLowerInvariant()).ToList())).ToList();
        return new ProjectListing(problems, indicators, reports, templates, DataCoverage.Of(inputs, inputs.Project.FinancialYearStart));
    }

    /// <summary>How the indicator is rated: <c>tolerance (ytd)</c>, <c>bands (period)</c>, <c>manual</c>, <c>not rated (monitor)</c>.</summary>
    private static string Method(IndicatorDefinition definition) => definition.Type switch
    {
        IndicatorType.Target when definition.Rag.Method == RagMethod.Manual => "manual",
        IndicatorType.Target => $"{definition.Rag.Method.ToString().ToLowerInvariant()} ({definition.Rag.Basis.ToString().ToLowerInvariant()})",
        _ => $"not rated ({definition.Type.ToString().ToLowerInvariant()})",
    };

    /// <summary>The <c>description:</c> line of a built-in template.</summary>
    private static string? TemplateDescription(string name) =>
        TemplateLoader.BuiltInText(name)?.Split('\n')
            .FirstOrDefault(line => line.StartsWith("description:", StringComparison.Ordinal))?["description:".Length..].Trim();
}

/// <summary>An indicator as <c>reportgen list</c> shows it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Goal">Its goal (theme, area), if any.</param>
/// <param name="Method">How it is rated.</param>
public sealed record ListedIndicator(string Id, string Title, string? Goal, string Method);

/// <summary>A report of the project file as <c>reportgen list</c> shows it.</summary>
/// <param name="Id">Its id (the outputs' file name).</param>
/// <param name="Title">Its title, if the project file gives one.</param>
/// <param name="Template">Its template.</param>
/// <param name="Formats">The formats it is written in.</param>
public sealed record ListedReport(string Id, string? Title, string Template, IReadOnlyList<string> Formats);

/// <summary>A built-in template.</summary>
/// <param name="Name">Its name, as a report's <c>template:</c> gives it.</param>
/// <param name="Description">What it lays out.</param>
public sealed record ListedTemplate(string Name, string? Description);

/// <summary>The periods a project's data cover (rows for the whole with a figure).</summary>
/// <param name="First">The first month with a figure.</param>
/// <param name="Last">The last month with a figure.</param>
/// <param name="Quarters">The quarters with a figure in them, in order.</param>
public sealed record DataCoverage(YearMonth First, YearMonth Last, IReadOnlyList<Period> Quarters)
{
    internal static DataCoverage? Of(ProjectInputs inputs, int startMonth)
    {
        var rows = inputs.Observations.Where(o => o.HasFigure && string.IsNullOrWhiteSpace(o.Breakdown)).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var quarters = rows
            .Select(o => (Row: o, Quarter: Period.Containing(PeriodKind.Quarter, o.Period.Span.First, startMonth)))
            .Where(x => x.Quarter.Span.Contains(x.Row.Period.Span))
            .Select(x => x.Quarter)
            .Distinct()
            .Order()
            .ToList();
        return new DataCoverage(rows.Min(o => o.Period.Span.First), rows.Max(o => o.Period.Span.Last), quarters);
    }
}
