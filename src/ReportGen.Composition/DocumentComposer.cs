using System.Globalization;
using ReportGen.Composition.Blocks;
using ReportGen.Composition.Disclosure;
using ReportGen.Composition.Templates;
using ReportGen.Composition.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition;

/// <summary>Turns a template, one report's results and the analyst's words into a <see cref="ReportDocument"/>.</summary>
public static class DocumentComposer
{
    /// <summary>
    /// Builds the template language's parser now (a one-off cost of the first composition, about a tenth of a second),
    /// so that a build can do it on another core while it reads its inputs. Safe to call from any thread, any number
    /// of times.
    /// </summary>
    public static void Prepare() => LiquidText.Prepare();

    /// <summary>
    /// Composes the document; problems (template errors, missing corrective actions) come back beside it. Sections and
    /// blocks marked restricted are left out of the public edition, and so are the headings and sections they leave
    /// empty (<see cref="WithheldHeadings"/>); the edition's marking, if it has one, is printed on every page instead of
    /// the template's; <c>[c]</c> is explained by a footnote wherever it shows.
    /// </summary>
    public static (ReportDocument Document, IReadOnlyList<Problem> Problems) Compose(ReportTemplate template, CompositionInput input)
    {
        var context = new CompositionContext(input, template.Theme);
        var document = template.Document;
        var location = template.Location;
        var header = context.Text(document.Header, location);
        var footer = context.Text(document.Footer, location);
        var edition = input.Edition ?? Edition.Full;
        var marking = edition.Marking ?? context.Text(document.Marking, location);
        foreach (var section in template.Sections.Where(section => !edition.Includes(section.Restricted)))
        {
            foreach (var scope in section.ForEach == SectionRepeat.Goal ? context.ForEachGoal() : [context])
            {
                WithheldAnchors.Note(section.Blocks, scope);
            }
        }

        var sections = template.Sections
            .Where(section => edition.Includes(section.Restricted))
            .SelectMany(section => (section.ForEach == SectionRepeat.Goal ? context.ForEachGoal() : [context])
                .Select(scope => (Scope: scope, Blocks: WithheldHeadings.Tidy(ComposeBlocks(section.Blocks, scope))))
                .Where(composed => composed.Blocks is not null)
                .Select(composed => new Section(
                    section.Orientation,
                    new PageFurniture(
                        HeaderText: NullIfEmpty(section.Header is null ? header : composed.Scope.Text(section.Header, location)),
                        FooterText: NullIfEmpty(footer),
                        PageNumberFormat: document.PageNumbers,
                        Marking: NullIfEmpty(marking)),
                    composed.Blocks!)))
            .ToList();

        var info = new DocumentInfo(
            Title: context.Text(document.Title, location) is { Length: > 0 } title ? title : input.ProjectTitle,
            Language: input.Language,
            Author: input.Organisation,
            Subject: NullIfEmpty(context.Text(document.Subject, location)),
            Keywords: ["performance", input.Results.Period.ToString()],
            Created: input.Created);
        var result = new ReportDocument(info, template.Theme.Style, sections, FirstPageNumber(document, context, location));
        context.Anchors.Check(context.Problems, WithheldAnchors.Kept(sections));
        if (ShowsCorrectiveAction(template))
        {
            WarnAboutRedWithoutCorrectiveAction(input, context.Problems);
        }

        return (result, context.Problems);
    }

    /// <summary>
    /// The blocks of a section or a column: those whose <c>when:</c> holds, each followed by the <c>[c]</c> footnote
    /// where it shows one, short tables kept together, a table's lead-in kept with it; a block the edition leaves out, or empties by leaving out every
    /// indicator it names, becomes a <see cref="LeftOutMark"/> for <see cref="WithheldHeadings.Tidy"/> to clear away
    /// with whatever it leaves empty.
    /// </summary>
    internal static IReadOnlyList<Block> ComposeBlocks(IEnumerable<TemplateBlock> blocks, CompositionContext scope)
    {
        var edition = scope.Input.Edition ?? Edition.Full;
        return TableLeadIns.Keep([.. blocks
            .Where(block => !edition.Includes(block.Restricted) || scope.Holds(block.When, block.Location))
            .SelectMany(block => edition.Includes(block.Restricted) ? ComposeIncluded(block, scope) : LeftOut(block, scope))
            .Select(TablePlacement.Place)]);
    }

    // A block the edition leaves out: its heading's anchor, if any, is noted so that naming it is told why it is missing.
    private static IEnumerable<Block> LeftOut(TemplateBlock block, CompositionContext scope)
    {
        WithheldAnchors.Note([block], scope);
        return [LeftOutMark.Instance];
    }

    // A block that shows nothing because every indicator it named was left out by the edition counts as left out.
    private static IEnumerable<Block> ComposeIncluded(TemplateBlock block, CompositionContext scope)
    {
        var passedOver = scope.PassedOver.Count;
        var composed = ConfidentialNotes.Follow([.. Compose(block, scope)]).ToList();
        return composed.Count == 0 && scope.PassedOver.Count > passedOver ? [LeftOutMark.Instance] : composed;
    }

    private static IEnumerable<Block> Compose(TemplateBlock block, CompositionContext context) => block switch
    {
        HeadingTemplate heading => HeadingComposer.Compose(heading, context),
        MarkdownTemplate markdown => MarkdownComposer.Compose(markdown, context),
        FormTemplate form => FormComposer.Compose(form, context),
        RagSummaryTemplate summary => RagSummaryComposer.Compose(summary, context),
        NarrativeTemplate narrative => NarrativeComposer.Compose(narrative, context),
        GoalsTemplate goals => GoalsComposer.Compose(goals, context),
        IndicatorTableTemplate table => IndicatorTableComposer.Compose(table, context),
        Charts.ChartTemplate chart => ChartComposer.Compose(chart, context),
        PageBreakTemplate => [new PageBreak()],
        RagTilesTemplate tiles => RagTilesComposer.Compose(tiles, context),
        ListTableTemplate list => ListTableComposer.Compose(list, context),
        MonthlyTableTemplate monthly => MonthlyTableComposer.Compose(monthly, context),
        SurveyTableTemplate survey => SurveyTableComposer.Compose(survey, context),
        DataSourcesTemplate sources => DataSourcesComposer.Compose(sources, context),
        ColumnsTemplate columns => ColumnsComposer.Compose(columns, context),
        SettingsTablesTemplate tables => SettingsTablesComposer.Compose(tables, context),
        _ => throw new InvalidOperationException($"No composer for {block.GetType().Name}."),
    };

    private static int FirstPageNumber(TemplateDocument document, CompositionContext context, SourceLocation location)
    {
        var text = context.Text(document.FirstPageNumber, location);
        if (text.Length == 0)
        {
            return 1;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
        {
            return number;
        }

        context.Problems.Add(Problem.Error(location, $"the first page number '{text}' is not a whole number of 1 or more"));
        return 1;
    }

    /// <summary>Whether the pack prints corrective actions (a goals block, or a text naming them), so that a Red without one is worth a warning.</summary>
    private static bool ShowsCorrectiveAction(ReportTemplate template) => template.Sections.SelectMany(s => s.Blocks).Any(block => block switch
    {
        GoalsTemplate => true,
        IndicatorTableTemplate table => table.Columns.Any(c => c.Value?.Contains("corrective_action", StringComparison.Ordinal) == true),
        MarkdownTemplate markdown => markdown.Text.Contains("corrective_action", StringComparison.Ordinal),
        _ => false,
    });

    private static void WarnAboutRedWithoutCorrectiveAction(CompositionInput input, List<Problem> problems)
    {
        foreach (var result in input.Results.Indicators.Where(r => r.Rag == Rag.Red))
        {
            var id = result.Definition.Id;
            var missing = !input.Commentary.Indicators.TryGetValue(id, out var notes) || string.IsNullOrWhiteSpace(notes.CorrectiveAction);
            if (missing && !input.Commentary.WithheldCorrectiveAction(id))
            {
                problems.Add(Problem.Warning(
                    new SourceLocation(input.CommentaryPath),
                    $"{id} ({result.Definition.Title}) is rated Red but has no corrective action; add '## Corrective action' under '# {id}'"));
            }
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
