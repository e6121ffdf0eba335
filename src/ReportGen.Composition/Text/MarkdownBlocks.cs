using Markdig;
using Markdig.Syntax;
using ReportGen.Documents.Model;
using Block = ReportGen.Documents.Model.Block;
using ListBlock = ReportGen.Documents.Model.ListBlock;

namespace ReportGen.Composition.Text;

/// <summary>
/// Reads Markdown (commentary, narrative, template texts) with Markdig into document blocks: paragraphs,
/// headings, bulleted and numbered lists, quotes (as paragraphs), code (as plain text). Raw HTML is kept as text,
/// never interpreted.
/// </summary>
public static class MarkdownBlocks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>
    /// The blocks of <paramref name="markdown"/>; a Markdown heading of level n becomes level n + <paramref name="headingOffset"/>
    /// (at most 4). A link to an address that is not allowed (<see cref="LinkTargets"/>) stays text, and <paramref name="refused"/> is told its address;
    /// Markdown nested too deeply gives no blocks, and <paramref name="tooDeep"/> is told.
    /// </summary>
    public static IReadOnlyList<Block> Read(string? markdown, int headingOffset = 0, Action<string>? refused = null, Action? tooDeep = null)
    {
        var blocks = new List<Block>();
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return blocks;
        }

        if (MarkdownDepth.TryParse(markdown, Pipeline, out _) is not { } document)
        {
            tooDeep?.Invoke();
            return blocks;
        }

        foreach (var block in document)
        {
            Add(block, headingOffset, blocks, refused);
        }

        return blocks;
    }

    /// <summary>The inline content of <paramref name="markdown"/> as one paragraph's runs (blocks joined by line breaks).</summary>
    public static IReadOnlyList<Inline> ReadInline(string? markdown, Action<string>? refused = null, Action? tooDeep = null)
    {
        var inlines = new List<Inline>();
        foreach (var block in Read(markdown, refused: refused, tooDeep: tooDeep))
        {
            if (inlines.Count > 0)
            {
                inlines.Add(new LineBreak());
            }

            inlines.AddRange(block switch
            {
                Paragraph p => p.Content,
                Heading h => h.Content,
                ListBlock l => l.Items.SelectMany((item, i) => i == 0 ? item.Content : [new LineBreak(), .. item.Content]),
                _ => [],
            });
        }

        return inlines;
    }

    private static void Add(Markdig.Syntax.Block block, int headingOffset, List<Block> blocks, Action<string>? refused)
    {
        switch (block)
        {
            case HeadingBlock heading:
                blocks.Add(new Heading(Math.Min(heading.Level + headingOffset, 4), MarkdownInlines.Read(heading.Inline, refused)));
                break;
            case ParagraphBlock paragraph:
                blocks.Add(new Paragraph(MarkdownInlines.Read(paragraph.Inline, refused)));
                break;
            case Markdig.Syntax.ListBlock list:
                blocks.Add(new ListBlock(list.IsOrdered, list.OfType<ListItemBlock>().Select(item => ListItemOf(item, refused)).ToList()));
                break;
            case CodeBlock { Lines.Count: 0 }:
                // An empty code block (a lone ``` fence) says nothing; Markdig leaves its lines null.
                break;
            case CodeBlock code:
                blocks.Add(Paragraph.Of(string.Join(" ", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString().Trim()))));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Add(child, headingOffset, blocks, refused);
                }

                break;
        }
    }

    private static ListItem ListItemOf(ListItemBlock item, Action<string>? refused)
    {
        var inlines = new List<Inline>();
        foreach (var child in item)
        {
            var content = child switch
            {
                ParagraphBlock p => MarkdownInlines.Read(p.Inline, refused),
                Markdig.Syntax.ListBlock nested => Flatten(nested, refused),
                _ => [],
            };
            if (content.Count == 0)
            {
                continue;
            }

            if (inlines.Count > 0)
            {
                inlines.Add(new LineBreak());
            }

            inlines.AddRange(content);
        }

        return new ListItem(inlines);
    }

    /// <summary>A nested list inside an item, as "– item" lines (the model's lists are one level deep).</summary>
    private static IReadOnlyList<Inline> Flatten(Markdig.Syntax.ListBlock nested, Action<string>? refused)
    {
        var inlines = new List<Inline>();
        foreach (var item in nested.OfType<ListItemBlock>())
        {
            if (inlines.Count > 0)
            {
                inlines.Add(new LineBreak());
            }

            inlines.Add(new TextRun("– "));
            inlines.AddRange(ListItemOf(item, refused).Content);
        }

        return inlines;
    }
}
