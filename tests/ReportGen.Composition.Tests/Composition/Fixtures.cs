using ReportGen.Composition;
using ReportGen.Composition.Narrative;
using ReportGen.Composition.Templates;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Tests.Composition;

/// <summary>Havering's three indicators at Q3 2016/17 as the calculation gives them, and small templates.</summary>
internal static class Fixtures
{
    public static readonly Period Q3 = Period.ForQuarter(new FinancialYear(2016), 3);
    public static readonly SourceLocation Here = new("template.yaml", 1, 1);

    public static IndicatorResult Tno(Rag? rag = Rag.Red) => new()
    {
        Definition = new IndicatorDefinition("CSP1", "Total notifiable offences")
        {
            Polarity = Polarity.Lower,
            Goal = "SAFE",
            Tolerance = new Tolerance(ToleranceKind.PercentOfTarget, 5),
        },
        Period = new Aggregate(4355m),
        PreviousPeriod = new Aggregate(4290m),
        SamePeriodLastYear = new Aggregate(4520m),
        Ytd = new Aggregate(13143m),
        YtdLastYear = new Aggregate(12573m),
        PreviousYtd = new Aggregate(8788m),
        YtdChangePercent = (13143m - 12573m) / 12573m * 100m,
        Target = 12375m,
        RatedValue = 13143m,
        Rag = rag,
        DotShort = Direction.Worse,
        DotLong = Direction.Worse,
    };

    public static IndicatorResult Marac() => new()
    {
        Definition = new IndicatorDefinition("CSP2", "Repeat domestic violence cases going to the MARAC")
        {
            Unit = Unit.Percent,
            Decimals = 1,
            Aggregation = Aggregation.Ratio,
            Goal = "SAFE",
        },
        Period = new Aggregate(17m * 100m / 59m, 17m, 59m),
        Ytd = new Aggregate(47m * 100m / 183m, 47m, 183m),
        RatedValue = 47m * 100m / 183m,
        Rag = Rag.Green,
        DotShort = Direction.Better,
        DotLong = Direction.Better,
    };

    public static IndicatorResult Asb() => Tno() with
    {
        Definition = new IndicatorDefinition("CSP3", "Number of anti-social behaviour incidents") { Polarity = Polarity.Lower, Goal = "SAFE" },
        Period = new Aggregate(1322m),
        PreviousPeriod = new Aggregate(2096m),
        Ytd = new Aggregate(4810m),
        YtdLastYear = new Aggregate(3810m),
        DotShort = Direction.Better,
    };

    public static CompositionInput Input(
        IReadOnlyList<IndicatorResult>? results = null,
        Commentary? commentary = null,
        IReadOnlyDictionary<string, object?>? settings = null)
    {
        results ??= [Tno(), Marac(), Asb()];
        var report = new ReportResults(Q3, results, RagSummary.Of(results.Select(r => r.Rag)), []);
        return new CompositionInput(
            report,
            commentary ?? Commentary.Empty,
            "commentary/2016-17-Q3.md",
            "Corporate Performance Report",
            "London Borough of Havering",
            "en-GB",
            "cpr",
            null,
            settings ?? new Dictionary<string, object?> { ["committee"] = "Crime & Disorder Sub-Committee" });
    }

    public static ReportTemplate Template(params TemplateBlock[] blocks) => new(
        "test",
        new TemplateDocument("{{ settings.committee }}", Header: "{{ settings.committee }}"),
        TemplateTheme.Default,
        [new TemplateSection(Orientation.Portrait, null, blocks)],
        Here);

    public static IndicatorCommentary Notes(string id, string? text = null, string? action = null, string? highlight = null) =>
        new(id, highlight, text, action, new SourceLocation("commentary/2016-17-Q3.md", 1, 1));

    public static Commentary CommentaryOf(params IndicatorCommentary[] notes) => new(
        notes.ToDictionary(n => n.IndicatorId, StringComparer.Ordinal),
        new Dictionary<string, NarrativeSection>(StringComparer.Ordinal));

    /// <summary>All the text of some blocks, runs joined, blocks on their own lines.</summary>
    public static string TextOf(IEnumerable<Block> blocks) => string.Join("\n", blocks.Select(TextOf));

    public static string TextOf(Block block) => block switch
    {
        Heading h => TextOf(h.Content),
        Paragraph p => TextOf(p.Content),
        ListBlock l => string.Join("\n", l.Items.Select(i => "- " + TextOf(i.Content))),
        Columns c => string.Join("\n", c.Items.Select(column => TextOf(column.Blocks))),
        Table t => string.Join("\n", t.HeaderRows.Concat(t.BodyRows).Select(r => string.Join(" | ", r.Cells.Select(c => TextOf(c.Content))))),
        _ => string.Empty,
    };

    public static string TextOf(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        TextRun r => r.Text,
        Hyperlink l => l.Text,
        LineBreak => " / ",
        _ => string.Empty,
    }));
}
