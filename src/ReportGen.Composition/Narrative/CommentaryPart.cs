namespace ReportGen.Composition.Narrative;

/// <summary>The level-2 headings of an indicator's notes in a commentary file.</summary>
internal enum CommentaryPart
{
    /// <summary><c>## Commentary</c>.</summary>
    Commentary,

    /// <summary><c>## Corrective action</c>.</summary>
    CorrectiveAction,

    /// <summary><c>## Highlight</c>.</summary>
    Highlight,
}
