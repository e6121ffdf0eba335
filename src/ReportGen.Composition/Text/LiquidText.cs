using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;

namespace ReportGen.Composition.Text;

/// <summary>
/// Renders the Liquid texts of templates, settings and commentary (<c>Of the {{ summary.total }} indicators…</c>) with
/// Fluid. Strict: a variable, member or filter that does not exist is an error at the text's place, with a suggestion
/// when a name is close; the model is only the <see cref="LiquidMap"/>s it is given (no .NET member is reachable).
/// Every text spends from the build's one <see cref="TemplateBudget"/>. Parsed templates are cached; a text that
/// fails renders empty, and each problem is reported once.
/// </summary>
internal sealed partial class LiquidText
{
    private static readonly FluidParser Parser = new();

    private static readonly TemplateOptions Options = new TemplateOptionsBuilder()
        .WithStrictFilters(true)
        .WithStrictVariables(false)
        .WithUndefined((name, _) => throw new UnknownNameException(name, [], member: false))
        .WithMemberAccessStrategy(() => new NoMemberAccess())
        .WithModelNamesComparer(StringComparer.Ordinal)
        .WithCultureInfo(CultureInfo.InvariantCulture)
        .WithTimeZone(TimeZoneInfo.Utc)
        .WithMaxRecursion(TemplateBudget.MaxNesting)
        .WithMaxCollectionSize(TemplateBudget.MaxListItems)
        .Build();

    private readonly Dictionary<string, (IFluidTemplate? Template, string? Error)> _parsed = new(StringComparer.Ordinal);
    private readonly HashSet<(SourceLocation, string)> _reported = [];
    private readonly List<Problem> _problems;

    /// <summary>A renderer that adds its problems to <paramref name="problems"/> and spends from <paramref name="budget"/> (a budget of its own if none).</summary>
    public LiquidText(List<Problem> problems, TemplateBudget? budget = null)
    {
        _problems = problems;
        Budget = budget ?? new TemplateBudget();
    }

    /// <summary>Builds the parser and the options (the type's one-off cost), if not yet built.</summary>
    public static void Prepare() => GC.KeepAlive(Parser);

    /// <summary>The budget the texts spend from.</summary>
    public TemplateBudget Budget { get; }

    /// <summary>The names of the filters a text may use.</summary>
    public static IEnumerable<string> FilterNames => Options.Filters.Select(f => f.Key);

    /// <summary>
    /// Renders <paramref name="text"/> with the variables of <paramref name="globals"/> and <paramref name="locals"/>;
    /// texts without Liquid are returned as they are.
    /// </summary>
    public string Render(string? text, LiquidMap globals, SourceLocation location, IReadOnlyDictionary<string, object>? locals = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!text.Contains("{{", StringComparison.Ordinal) && !text.Contains("{%", StringComparison.Ordinal))
        {
            return text;
        }

        var template = Parse(text, location);
        if (template is null || Budget.Exhausted)
        {
            return string.Empty;
        }

        var context = new BudgetedContext(Options, Budget);
        foreach (var (name, value) in globals.FluidValues)
        {
            context.SetValue(name, value);
        }

        foreach (var (name, value) in locals ?? new Dictionary<string, object>())
        {
            context.SetValue(name, LiquidValues.From(value));
        }

        using var clock = new CancellationTokenSource(Budget.TimeLeft);
        context.CancellationToken = clock.Token;
        Budget.Start();
        try
        {
            var rendered = template.Render(context, NullEncoder.Default, false);
            Budget.CharactersUsed += rendered.Length;
            return rendered;
        }
        catch (UnknownNameException e)
        {
            var names = e.Member ? e.Candidates : [.. globals.Names, .. locals?.Keys ?? []];
            Report(location, Unknown(text, e.Name, names, e.Member));
        }
        catch (OperationCanceledException)
        {
            Exhaust(location, $"the template budget of {Budget.TimeWords} for the whole build ran out in this text");
        }
        catch (InvalidOperationException) when (context.StepsTaken > Budget.Steps)
        {
            Exhaust(location, $"the template budget of {Budget.StepsWords} for the whole build ran out in this text; does a loop run too long?");
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("The maximum template output size", StringComparison.Ordinal))
        {
            Exhaust(location, $"the template budget of {Budget.CharactersWords} for the whole build ran out in this text; does it build a text too long?");
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("The maximum materialized collection size", StringComparison.Ordinal))
        {
            Report(location, $"the template budget of {TemplateBudget.MaxListItems.ToString("N0", CultureInfo.InvariantCulture)} items in one list ran out in this text; is a range such as (1..n) too long?");
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("The maximum level of recursion", StringComparison.Ordinal))
        {
            Report(location, $"the template budget of {TemplateBudget.MaxNesting} levels of nested tags ran out in this text");
        }
        catch (FluidException e) when (UndefinedFilter().Match(e.Message) is { Success: true } match)
        {
            Report(location, UnknownFilter(text, match.Groups["name"].Value));
        }
        catch (FileNotFoundException)
        {
            Report(location, "a template text cannot read other files: {% include %} and {% render %} are not available; write the text in place");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The text is the user's and the engine a library: whatever it throws is a problem with the text.
            Report(location, $"the template text could not be rendered: {e.Message}");
        }
        finally
        {
            Budget.Stop();
            Budget.StepsUsed = Math.Min(context.StepsTaken, Budget.Steps);
        }

        return string.Empty;
    }

    private IFluidTemplate? Parse(string text, SourceLocation location)
    {
        if (!_parsed.TryGetValue(text, out var parsed))
        {
            parsed = Parser.TryParse(text, out var template, out var error) ? (template, null) : (null, SyntaxError(error));
            _parsed[text] = parsed;
        }

        if (parsed.Error is { } message)
        {
            Report(location, message);
        }

        return parsed.Template;
    }

    // "End of tag '}}' was expected at (1:16)\nSource:\n…" → "Liquid syntax error: End of tag '}}' was expected, at line 1, column 16 of the text".
    private static string SyntaxError(string error)
    {
        var first = error.Split('\n')[0].Trim();
        var at = Position().Match(first);
        return at.Success
            ? $"Liquid syntax error: {first[..at.Index].TrimEnd()}, at line {at.Groups["line"].Value}, column {at.Groups["column"].Value} of the text"
            : $"Liquid syntax error: {first}";
    }

    /// <summary>"unknown variable 'period.lable' (line 1, column 4 of the text); did you mean 'period.label'?"</summary>
    private static string Unknown(string text, string name, IReadOnlyList<string> candidates, bool member)
    {
        // The name as the text writes it, with what leads to it: "period.lable", "indicator.info.x".
        var written = Regex.Matches(text, WrittenPath + Regex.Escape(name) + @"(?![\w-])").FirstOrDefault(m => (m.Groups["path"].Length > 0) == member && InTag(text, m.Index));
        var path = written?.Groups["path"].Value ?? string.Empty;
        var where = written is null ? string.Empty : " " + At(text, written.Index);
        var what = member ? "member" : "variable";
        var suggestion = Suggestions.Closest(name, candidates) is { } closest ? $"; did you mean '{path}{closest}'?" : string.Empty;
        var list = suggestion.Length == 0 && candidates.Count is > 0 and <= 12
            ? $"; {(member ? $"'{path.TrimEnd('.')}' has" : "the variables here are")} {string.Join(", ", candidates.Order(StringComparer.Ordinal).Select(c => $"'{c}'"))}"
            : string.Empty;
        return $"unknown {what} '{path}{name}'{where}{suggestion}{list} (docs/templates.md lists the variables)";
    }

    private static string UnknownFilter(string text, string name)
    {
        var written = FilterUse().Matches(text).FirstOrDefault(m => m.Groups["name"].Value == name && InTag(text, m.Index));
        var where = written is null ? string.Empty : " " + At(text, written.Groups["name"].Index);
        return $"unknown filter '{name}'{where}{Suggestions.DidYouMean(name, FilterNames)}";
    }

    // Whether the index falls inside {{ … }} or {% … %}, not in the words around them.
    private static bool InTag(string text, int index) => Tags().Matches(text).Any(t => t.Index <= index && index < t.Index + t.Length);

    // "(line 2, column 5 of the text)" for an index into the text.
    private static string At(string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        return $"(line {line}, column {column} of the text)";
    }

    private void Exhaust(SourceLocation location, string message)
    {
        Budget.Exhausted = true;
        Report(location, message);
    }

    private void Report(SourceLocation location, string message)
    {
        if (_reported.Add((location, message)))
        {
            _problems.Add(Problem.Error(location, message));
        }
    }

    [GeneratedRegex(@"at \((?<line>\d+):(?<column>\d+)\)")]
    private static partial Regex Position();

    // What leads to a name as a text writes it: "indicator.info." before "x", "indicator.groups['A']." before "rated_value".
    private const string WrittenPath = @"(?<![\w.\]])(?<path>(?:[A-Za-z_][\w-]*(?:\[[^\]]*\])?\.)*)";

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\|\s*(?<name>[A-Za-z_]\w*)")]
    private static partial Regex FilterUse();

    [GeneratedRegex(@"Undefined filter '(?<name>[^']*)'")]
    private static partial Regex UndefinedFilter();

    /// <summary>A Fluid context whose steps start where the build's budget stands.</summary>
    private sealed class BudgetedContext : TemplateContext
    {
        public BudgetedContext(TemplateOptions options, TemplateBudget budget)
            : base(options, StringComparer.Ordinal)
        {
            _steps = budget.StepsUsed;
            MaxSteps = budget.Steps;
            MaxOutputSize = Math.Max(1, budget.CharactersLeft);
            MaxCollectionSize = TemplateBudget.MaxListItems;
        }

        public int StepsTaken => _steps;
    }

    /// <summary>No .NET member of any type is reachable: the model is only <see cref="LiquidMap"/>s and plain values.</summary>
    private sealed class NoMemberAccess : MemberAccessStrategy
    {
        public override MemberAccessor? GetAccessor(Type type, string name, StringComparer comparer) => null;

        public override void Register(Type type, string name, MemberAccessor getter) =>
            throw new NotSupportedException("templates reach the model only through LiquidMap");
    }
}
