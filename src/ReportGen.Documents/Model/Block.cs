namespace ReportGen.Documents.Model;

/// <summary>A piece of content that stacks vertically: a heading, a paragraph, a list, a table.</summary>
public abstract record Block;

/// <summary>A heading; level 1 is the document's or section's title, 2 a main part, 3 and 4 below it.</summary>
/// <param name="Level">1 to 4.</param>
/// <param name="Content">The heading's text.</param>
public sealed record Heading(int Level, IReadOnlyList<Inline> Content) : Block
{
    /// <summary>A heading of plain text.</summary>
    public static Heading Of(int level, string text) => new(level, [new TextRun(text)]);

    /// <summary>
    /// A name other content refers to (a <see cref="PageReference"/> prints the page the heading is on, an
    /// <see cref="AnchorLink"/> goes to it), or <see langword="null"/> for none. Names are unique in a document.
    /// </summary>
    public string? Anchor { get; init; }
}

/// <summary>A paragraph of text.</summary>
/// <param name="Content">The runs of text.</param>
/// <param name="Style">Body text or a smaller note.</param>
public sealed record Paragraph(IReadOnlyList<Inline> Content, ParagraphStyle Style = ParagraphStyle.Body) : Block
{
    /// <summary>A paragraph of plain text.</summary>
    public static Paragraph Of(string text, ParagraphStyle style = ParagraphStyle.Body) => new([new TextRun(text)], style);

    /// <summary>
    /// Whether the paragraph is the title of what follows it (a table's question or name), so that no page ends with
    /// it: every renderer that lays out pages keeps it on the page of the next block's start, as it does a heading.
    /// </summary>
    public bool KeepWithNext { get; init; }
}

/// <summary>How a paragraph looks.</summary>
public enum ParagraphStyle
{
    /// <summary>Body text.</summary>
    Body,

    /// <summary>Smaller text for notes and sources.</summary>
    Note,
}

/// <summary>A bulleted or numbered list. Items hold paragraphs (not nested lists).</summary>
/// <param name="Ordered">Numbered (1., 2., …) rather than bulleted.</param>
/// <param name="Items">The items; each is one or more paragraphs of content.</param>
public sealed record ListBlock(bool Ordered, IReadOnlyList<ListItem> Items) : Block;

/// <summary>One item of a <see cref="ListBlock"/>.</summary>
/// <param name="Content">The item's text.</param>
public sealed record ListItem(IReadOnlyList<Inline> Content);

/// <summary>Forces the next block onto a new page.</summary>
public sealed record PageBreak : Block;
