using ReportGen.Composition;
using ReportGen.Composition.Narrative;
using ReportGen.Composition.Registers;
using ReportGen.Composition.Templates;
using ReportGen.Composition.Tests.Composition;
using ReportGen.Core.Analytics;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Tests.Packs;

/// <summary>A small two-theme dashboard: indicators under "justice" and "women", register rows, and composing helpers.</summary>
internal static class PackFixtures
{
    public static readonly SourceLocation Here = Fixtures.Here;
    public static readonly Period Q1 = Period.ForQuarter(new FinancialYear(2021), 1);

    public static IndicatorResult Rate(string id, string goal, decimal ytd, Rag? rag, decimal? target = null) => new()
    {
        Definition = new IndicatorDefinition(id, $"Rate {id}")
        {
            Unit = Unit.Percent,
            Aggregation = Aggregation.Ratio,
            Goal = goal,
            Targets = target is { } t ? new Dictionary<FinancialYear, TargetSet> { [new FinancialYear(2021)] = new(t, null, null) } : new Dictionary<FinancialYear, TargetSet>(),
        },
        Ytd = new Aggregate(ytd),
        RatedValue = ytd,
        Target = target,
        Rag = rag,
    };

    public static IndicatorResult Gapped(string id, string goal) => Rate(id, goal, 66m, null) with
    {
        Definition = Rate(id, goal, 66m, null).Definition with { Gaps = new GapSettings(5m, ["Black", "Mixed"]) },
        Gaps = [new EqualityGap("Black", 64m, -2m, Rag.Green), new EqualityGap("Mixed", 60m, -6m, Rag.Amber)],
    };

    public static IReadOnlyList<IndicatorResult> Results() =>
    [
        Rate("J1", "justice", 28m, Rag.Green, 23m),
        Rate("J2", "justice", 87m, Rag.Amber, 92m),
        Rate("J3", "justice", 57m, Rag.Red, 85m),
        Rate("W1", "women", 78m, Rag.Green, 70m),
        Gapped("W2", "women"),
    ];

    public static Dictionary<string, object?> Settings() => new()
    {
        ["goals"] = new List<object?>
        {
            new Dictionary<string, object?> { ["key"] = "justice", ["title"] = "A Better Criminal Justice System", ["lead"] = "Head of Justice" },
            new Dictionary<string, object?> { ["key"] = "women", ["title"] = "Tackling Violence Against Women and Girls", ["number"] = "7" },
        },
    };

    public static RegisterRow Row(string theme, params (string Name, RegisterValue Value)[] fields) =>
        new(theme, fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal), new SourceLocation("registers/x.csv", 2, 1));

    public static CompositionInput Input(IReadOnlyList<IndicatorResult>? results = null, ReportGen.Composition.Registers.Registers? registers = null, Commentary? commentary = null)
    {
        results ??= Results();
        var report = new ReportResults(Q1, results, RagSummary.For(results), []);
        return new CompositionInput(report, commentary ?? Commentary.Empty, "commentary/2021-22-Q1.md", "Dashboard", "MOPAC", "en-GB", "dashboard", null, Settings())
        {
            Registers = registers,
        };
    }

    public static ReportDocument Compose(CompositionInput input, SectionRepeat repeat, params TemplateBlock[] blocks) =>
        Compose(input, repeat, out _, blocks);

    public static ReportDocument Compose(CompositionInput input, SectionRepeat repeat, out IReadOnlyList<Problem> problems, params TemplateBlock[] blocks)
    {
        var template = new ReportTemplate(
            "test",
            new TemplateDocument("Dashboard"),
            TemplateTheme.Default,
            [new TemplateSection(Orientation.Landscape, "{{ goal.title }}", blocks, repeat)],
            Here);
        (var document, problems) = DocumentComposer.Compose(template, input);
        return document;
    }

    public static T Single<T>(ReportDocument document)
        where T : Block => document.Sections.SelectMany(s => s.Blocks).OfType<T>().Single();

    public static string CellText(TableCell cell) => Fixtures.TextOf(cell.Content);

    public static IReadOnlyList<string> Rows(Table table) =>
        [.. table.HeaderRows.Concat(table.BodyRows).Select(r => string.Join(" | ", r.Cells.Select(CellText)))];
}
