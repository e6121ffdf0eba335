using DotLiquid;
using ReportGen.Core.Diagnostics;
using ReportGen.Documents.Composition.Templates;
using ReportGen.Documents.Composition.Text;
using ReportGen.Documents.Model;
using Block = ReportGen.Documents.Model.Block;

namespace ReportGen.Documents.Composition;

/// <summary>What every block composer shares while one report is composed: variables, theme, problems.</summary>
internal sealed class CompositionContext
{
    private readonly LiquidText _liquid;

    public CompositionContext(CompositionInput input, TemplateTheme theme)
    {
        Input = input;
        Theme = theme;
        Goals = Goal.Of(input.Results.Indicators, input.Settings);
        _liquid = new LiquidText(Problems);
        var settingsLocation = input.SettingsLocation ?? new SourceLocation("reportgen.yaml");
        Globals = TemplateModel.Globals(input, Goals, (text, variables) => _liquid.Render(text, variables, settingsLocation).Trim());
    }

    public CompositionInput Input { get; }

    public TemplateTheme Theme { get; }

    public IReadOnlyList<Goal> Goals { get; }

    public Hash Globals { get; }

    public List<Problem> Problems { get; } = [];

    /// <summary>Renders a Liquid text with the globals and any <paramref name="locals"/> (<c>indicator</c>, <c>goal</c>).</summary>
    public string Text(string? liquid, SourceLocation location, IReadOnlyDictionary<string, object>? locals = null)
    {
        var variables = Globals;
        if (locals is not null)
        {
            variables = new Hash();
            variables.Merge(Globals);
            foreach (var (name, value) in locals)
            {
                variables[name] = value;
            }
        }

        return _liquid.Render(liquid, variables, location).Trim();
    }

    /// <summary>Renders a Liquid text, then reads it as Markdown blocks.</summary>
    public IReadOnlyList<Block> Markdown(string? liquid, SourceLocation location, int headingOffset = 0, IReadOnlyDictionary<string, object>? locals = null) =>
        MarkdownBlocks.Read(Text(liquid, location, locals), headingOffset);

    /// <summary>Renders a Liquid text, then reads it as inline Markdown (one paragraph's runs).</summary>
    public IReadOnlyList<Inline> InlineMarkdown(string? liquid, SourceLocation location, IReadOnlyDictionary<string, object>? locals = null) =>
        MarkdownBlocks.ReadInline(Text(liquid, location, locals));

    /// <summary>The variables of an indicator, as the local <c>indicator</c>.</summary>
    public IReadOnlyDictionary<string, object> IndicatorLocals(Core.Results.IndicatorResult result) =>
        new Dictionary<string, object> { ["indicator"] = TemplateModel.Indicator(result, Input.Commentary) };
}
