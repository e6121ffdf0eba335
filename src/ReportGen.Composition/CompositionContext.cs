using ReportGen.Composition.Narrative;
using ReportGen.Composition.Templates;
using ReportGen.Composition.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;
using Block = ReportGen.Documents.Model.Block;

namespace ReportGen.Composition;

/// <summary>What every block composer shares while one report is composed: variables, theme, problems.</summary>
internal sealed class CompositionContext
{
    private readonly LiquidText _liquid;
    private readonly HashSet<string> _settingsLinks;
    private readonly HashSet<(string Address, SourceLocation Location)> _refusedLinks;

    public CompositionContext(CompositionInput input, TemplateTheme theme)
    {
        Input = input;
        Report = input.Results;
        Theme = theme;
        Goals = Goal.Of(input.Results.Indicators, input.Settings);
        Problems = [];
        Anchors = new AnchorNames();
        PassedOver = new PassedOver();
        _liquid = new LiquidText(Problems, input.TemplateBudget);
        _settingsLinks = CheckSettingsLinks(input, Problems);
        _refusedLinks = [];
        Globals = TemplateModel.Globals(input, Goals, RenderSetting);
        Globals["results"] = ResultsById(Globals);
        Problems.AddRange(QuotedFigures.Check(input.Commentary, input.Results.Indicators));
        Input = input with { Commentary = RenderNotes(input.Commentary) };
    }

    /// <summary>The context of one goal of a section with <c>for_each: goal</c>; problems go to the same list.</summary>
    private CompositionContext(CompositionContext outer, Goal goal, int number)
    {
        var results = outer.Input.Results with { Indicators = goal.Indicators, Summary = RagSummary.For(goal.Indicators) };
        Input = outer.Input with { Results = results };
        Report = outer.Report;
        Theme = outer.Theme;
        Goals = [goal];
        GoalKey = goal.Key;
        Problems = outer.Problems;
        Anchors = outer.Anchors;
        PassedOver = outer.PassedOver;
        _liquid = outer._liquid;
        _settingsLinks = outer._settingsLinks;
        _refusedLinks = outer._refusedLinks;
        Globals = TemplateModel.Globals(Input, Goals, RenderSetting);
        Globals["goals"] = outer.Globals["goals"];
        Globals["results"] = outer.Globals["results"];
        Globals["goal"] = GoalVariables.Of(goal, number, text => RenderSetting("goals", text, Globals), Input.Commentary);
    }

    /// <summary>What is composed: the report, or inside <c>for_each: goal</c> the goal's indicators and summary.</summary>
    public CompositionInput Input { get; }

    /// <summary>The whole report's results, whatever the scope: indicators named by id are found here.</summary>
    public ReportResults Report { get; }

    /// <summary>The goal in scope (its key), or <see langword="null"/> outside <c>for_each: goal</c>.</summary>
    public string? GoalKey { get; }

    public TemplateTheme Theme { get; }

    public IReadOnlyList<Goal> Goals { get; }

    public LiquidMap Globals { get; }

    public List<Problem> Problems { get; }

    /// <summary>The anchors the document's headings define and the template names, shared by every scope.</summary>
    public AnchorNames Anchors { get; }

    /// <summary>The indicators passed over because the edition left them out, counted across every scope.</summary>
    public PassedOver PassedOver { get; }

    /// <summary>A context for each goal of the report, in order, for a section with <c>for_each: goal</c>.</summary>
    public IEnumerable<CompositionContext> ForEachGoal() => Goals.Select((goal, i) => new CompositionContext(this, goal, i + 1));

    /// <summary>Whether a block's <c>when:</c> condition holds: not empty, <c>false</c>, <c>no</c> or <c>0</c>.</summary>
    public bool Holds(string? condition, SourceLocation location, IReadOnlyDictionary<string, object>? locals = null) =>
        condition is null || IsTrue(Text(condition, location, locals));

    /// <summary>Whether a rendered condition counts as true.</summary>
    public static bool IsTrue(string rendered) =>
        rendered.Trim().ToLowerInvariant() is not ("" or "false" or "no" or "0");


    /// <summary>Renders a Liquid text with the globals and any <paramref name="locals"/> (<c>indicator</c>, <c>goal</c>).</summary>
    public string Text(string? liquid, SourceLocation location, IReadOnlyDictionary<string, object>? locals = null) =>
        _liquid.Render(liquid, Globals, location, locals).Trim();

    /// <summary>Renders a Liquid text, then reads it as Markdown blocks.</summary>
    public IReadOnlyList<Block> Markdown(string? liquid, SourceLocation location, int headingOffset = 0, IReadOnlyDictionary<string, object>? locals = null)
    {
        var blocks = MarkdownBlocks.Read(Text(liquid, location, locals), headingOffset, address => RefuseLink(address, location), () => TooDeep(location));
        Anchors.NameAll(blocks, location);
        return blocks;
    }

    /// <summary>Renders a Liquid text, then reads it as inline Markdown (one paragraph's runs).</summary>
    public IReadOnlyList<Inline> InlineMarkdown(string? liquid, SourceLocation location, IReadOnlyDictionary<string, object>? locals = null)
    {
        var inlines = MarkdownBlocks.ReadInline(Text(liquid, location, locals), address => RefuseLink(address, location), () => TooDeep(location));
        Anchors.NameAll(inlines, location);
        return inlines;
    }

    /// <summary>
    /// Warns, once per place, about a link kept as text, unless the commentary file or the report's settings gave it
    /// and were warned about where they are written.
    /// </summary>
    private void RefuseLink(string address, SourceLocation location)
    {
        if (!Input.Commentary.RefusedLinks.Contains(address) && !_settingsLinks.Contains(address) && _refusedLinks.Add((address, location)))
        {
            Problems.Add(Problem.Warning(location, RefusedLinks.Message(address)));
        }
    }

    private void TooDeep(SourceLocation location) => Problems.Add(Problem.Error(location, MarkdownDepth.Message));

    /// <summary>Warns, at the report's settings, about each link in them that will be kept as text.</summary>
    private static HashSet<string> CheckSettingsLinks(CompositionInput input, List<Problem> problems)
    {
        // Compared in any case: a template may upcase a setting.
        var addresses = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in input.Settings)
        {
            var location = input.SettingLocations?.GetValueOrDefault(name) ?? input.SettingsLocation ?? new SourceLocation("reportgen.yaml");
            foreach (var address in Texts(value).SelectMany(RefusedLinks.In))
            {
                if (addresses.Add(address))
                {
                    problems.Add(Problem.Warning(location, RefusedLinks.Message(address)));
                }
            }
        }

        return addresses;

        static IEnumerable<string> Texts(object? value) => value switch
        {
            string text => [text],
            IReadOnlyDictionary<string, object?> map => map.Values.SelectMany(Texts),
            IEnumerable<object?> list => list.SelectMany(Texts),
            _ => [],
        };
    }

    // A setting's text, rendered with the globals made so far; problems at the setting's own line.
    private string RenderSetting(string name, string text, LiquidMap variables) =>
        _liquid.Render(text, variables, Input.SettingLocations?.GetValueOrDefault(name) ?? Input.SettingsLocation ?? new SourceLocation("reportgen.yaml")).Trim();

    /// <summary>
    /// <c>results</c>: every indicator of the report by id (<c>{{ results.CSP3.ytd_value }}</c>), the same variables as
    /// <c>indicators</c> holds, so that commentary cites a figure as the table prints it. Closed: an id the report does
    /// not have is an error with the id meant.
    /// </summary>
    private static LiquidMap ResultsById(LiquidMap globals)
    {
        var byId = new LiquidMap();
        foreach (var indicator in ((IEnumerable<object>)globals["indicators"]!).Cast<LiquidMap>())
        {
            var id = (string)indicator["id"]!;
            if (!byId.ContainsKey(id))
            {
                byId[id] = indicator;
            }
        }

        return byId;
    }

    /// <summary>
    /// The indicators' notes with their Liquid rendered (a cited figure, <c>{{ results.CSP1.ytd_value }}</c>, or in an
    /// indicator's own notes <c>{{ indicator.ytd_value }}</c>), problems at the place of each text; the <c>indicators</c>
    /// variables get the rendered texts too.
    /// </summary>
    private Commentary RenderNotes(Commentary commentary)
    {
        var rendered = new Dictionary<string, IndicatorCommentary>(StringComparer.Ordinal);
        var byId = (LiquidMap)Globals["results"]!;
        foreach (var (id, notes) in commentary.Indicators)
        {
            if (!byId.ContainsKey(id))
            {
                // Notes of an indicator this report does not cover are never shown, so not rendered either.
                rendered[id] = notes;
                continue;
            }

            // In an indicator's own notes, `indicator` is that indicator ({{ indicator.ytd_value }}).
            var locals = new Dictionary<string, object> { ["indicator"] = byId[id]! };
            string? Render(string? text, string part) => text is null ? null : Text(text, notes.StartOf(part), locals);
            rendered[id] = notes with
            {
                Highlight = Render(notes.Highlight, "Highlight"),
                Text = Render(notes.Text, "Commentary"),
                CorrectiveAction = Render(notes.CorrectiveAction, "CorrectiveAction"),
            };
        }

        foreach (var indicator in ((IEnumerable<object>)Globals["indicators"]!).Cast<LiquidMap>())
        {
            if (rendered.TryGetValue((string)indicator["id"]!, out var notes))
            {
                indicator["highlight"] = notes.Highlight ?? string.Empty;
                indicator["commentary"] = notes.Text ?? string.Empty;
                indicator["corrective_action"] = notes.CorrectiveAction ?? string.Empty;
            }
        }

        return commentary with { Indicators = rendered };
    }

    /// <summary>The variables of an indicator, as the local <c>indicator</c>.</summary>
    public IReadOnlyDictionary<string, object> IndicatorLocals(Core.Results.IndicatorResult result) =>
        new Dictionary<string, object> { ["indicator"] = TemplateModel.Indicator(result, Input.Commentary, Input.Results.Period.Year, Input.Settings, Input.Results.Period) };
}
