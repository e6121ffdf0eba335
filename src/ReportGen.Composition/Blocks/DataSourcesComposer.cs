using System.Globalization;
using ReportGen.Composition.Templates;
using ReportGen.Composition.Text;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary>
/// <c>data-sources:</c> a note listing the build's input files (data first), each with what it holds, its last
/// period of data and the first 8 characters of its SHA-256; left out when the build gave no provenance.
/// </summary>
internal static class DataSourcesComposer
{
    /// <summary>How many characters of a SHA-256 the note prints: enough to tell files apart and find them in the manifest.</summary>
    public const int HashPrefix = 8;

    private static readonly string[] RoleOrder = ["data", "register", "indicators", "commentary", "project", "template"];

    public static IEnumerable<Block> Compose(DataSourcesTemplate template, CompositionContext context)
    {
        if (context.Input.Provenance is not { } provenance)
        {
            yield break;
        }

        var locals = new Dictionary<string, object> { ["reportgen"] = new LiquidMap { ["version"] = provenance.ToolVersion } };
        var heading = context.InlineMarkdown(template.Heading, template.Location, locals);
        if (heading.Count > 0)
        {
            yield return new Heading(template.Level, heading);
        }

        foreach (var block in context.Markdown(template.Text, template.Location, locals: locals))
        {
            yield return block is Paragraph paragraph ? paragraph with { Style = ParagraphStyle.Note } : block;
        }

        var rows = provenance.Sources
            .Where(s => Array.IndexOf(RoleOrder, s.Role) >= 0)
            .OrderBy(s => Array.IndexOf(RoleOrder, s.Role))
            .Select(s => new TableRow(
            [
                TableCell.Of(s.Path),
                TableCell.Of(What(s)),
                TableCell.Of(s.LastPeriod is { } last ? Display.PeriodLong(last) : string.Empty),
                TableCell.Of(s.Sha256[..HashPrefix]),
            ]))
            .ToList();
        yield return new Table(
            context.Text(template.Caption, template.Location, locals),
            [new TableColumn(2), new TableColumn(2), new TableColumn(1.2), new TableColumn(1)],
            [new TableRow([Header("File"), Header("Holds"), Header("Last data"), Header("SHA-256")])],
            rows);
    }

    private static string What(SourceNote source) => source.Role switch
    {
        "data" when source.RowsRead is { } read && source.RowsUsed is { } used => used == read
            ? $"Figures: {Count(read)}"
            : $"Figures: {Count(used)} of {read.ToString(CultureInfo.InvariantCulture)} used",
        "data" => "Figures",
        "register" => "Register",
        "indicators" => "Indicator definitions",
        "commentary" => "Commentary",
        "project" => "Project file",
        _ => "Template",
    };

    private static string Count(int rows) => rows == 1 ? "1 row" : $"{rows.ToString("N0", CultureInfo.InvariantCulture)} rows";

    private static TableCell Header(string text) => TableCell.Of(text) with { IsHeader = true };
}
