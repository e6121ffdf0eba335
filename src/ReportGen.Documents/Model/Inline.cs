namespace ReportGen.Documents.Model;

/// <summary>A run of content inside a paragraph, heading, list item or table cell.</summary>
public abstract record Inline;

/// <summary>Text with one style. Line breaks inside <see cref="Text"/> are not allowed; use <see cref="LineBreak"/>.</summary>
/// <param name="Text">The text.</param>
/// <param name="Bold">Bold.</param>
/// <param name="Italic">Italic.</param>
/// <param name="Color">A colour other than the surrounding text's, if any (an arrow's green).</param>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false, Rgb? Color = null) : Inline;

/// <summary>A link: the text is shown, the address is followed.</summary>
/// <param name="Text">The visible text.</param>
/// <param name="Url">The address.</param>
public sealed record Hyperlink(string Text, string Url) : Inline;

/// <summary>A line break within the same paragraph.</summary>
public sealed record LineBreak : Inline;
