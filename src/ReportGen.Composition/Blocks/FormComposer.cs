using ReportGen.Composition.Templates;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary><c>form:</c> a label and value table, labels as row headers; rows with an empty value are left out.</summary>
internal static class FormComposer
{
    public static IEnumerable<Block> Compose(FormTemplate template, CompositionContext context)
    {
        var rows = new List<TableRow>();
        foreach (var row in template.Rows)
        {
            var value = context.Markdown(row.Value, template.Location);
            if (value.Count == 0)
            {
                continue;
            }

            var label = context.InlineMarkdown(row.Label, template.Location);
            rows.Add(new TableRow(
            [
                new TableCell([new Paragraph(label)], IsHeader: true),
                new TableCell(value),
            ]));
        }

        if (rows.Count > 0)
        {
            yield return new Table(
                context.Text(template.Caption, template.Location),
                [new TableColumn(1), new TableColumn(2.6)],
                [],
                rows,
                TableKind.Form)
            {
                FormHeadings = [.. template.Headings.Select(h => context.Text(h, template.Location))],
            };
        }
    }
}
