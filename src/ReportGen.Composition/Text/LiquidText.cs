using System.Globalization;
using DotLiquid;
using DotLiquid.Exceptions;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Composition.Text;

/// <summary>
/// Renders the Liquid texts of templates (<c>Of the {{ summary.total }} indicators…</c>) with DotLiquid, a
/// well-kept Liquid engine. Parsed templates are cached; a syntax or render error becomes a problem at the
/// template block that holds the text, and the text renders empty.
/// </summary>
internal sealed class LiquidText
{
    private const int MaxIterations = 100_000;
    private const int TimeoutMilliseconds = 10_000;

    private readonly Dictionary<string, Template?> _parsed = new(StringComparer.Ordinal);
    private readonly List<Problem> _problems;

    public LiquidText(List<Problem> problems) => _problems = problems;

    /// <summary>Renders <paramref name="text"/> with <paramref name="variables"/>; texts without Liquid are returned as they are.</summary>
    public string Render(string? text, Hash variables, SourceLocation location)
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
        if (template is null)
        {
            return string.Empty;
        }

        try
        {
            var parameters = new RenderParameters(CultureInfo.InvariantCulture)
            {
                LocalVariables = variables,
                ErrorsOutputMode = ErrorsOutputMode.Rethrow,
                MaxIterations = MaxIterations,
                Timeout = TimeoutMilliseconds,
            };
            return template.Render(parameters);
        }
        catch (Exception e) when (e is LiquidException or InvalidOperationException or System.ArgumentException or FormatException or TimeoutException)
        {
            _problems.Add(Problem.Error(location, $"the template text could not be rendered: {e.Message}"));
            return string.Empty;
        }
    }

    private Template? Parse(string text, SourceLocation location)
    {
        if (_parsed.TryGetValue(text, out var cached))
        {
            return cached;
        }

        Template? template;
        try
        {
            template = Template.Parse(text, SyntaxCompatibility.DotLiquid22a);
        }
        catch (SyntaxException e)
        {
            _problems.Add(Problem.Error(location, $"Liquid syntax error: {e.Message}"));
            template = null;
        }

        _parsed[text] = template;
        return template;
    }
}
