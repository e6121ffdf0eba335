namespace ReportGen.Core.Disclosure;

/// <summary>
/// The Government Analysis Function's symbol for a figure withheld to protect individuals, and the footnote that
/// explains it wherever it appears.
/// </summary>
public static class Confidential
{
    /// <summary>What a suppressed figure shows, in every output.</summary>
    public const string Symbol = "[c]";

    /// <summary>The footnote under a table, chart or text that shows <see cref="Symbol"/>.</summary>
    public const string Note = "[c] confidential: figure suppressed to protect the identity of individuals";
}
