using ReportGen.Core.Disclosure;

namespace ReportGen.Composition;

/// <summary>The edition a document is composed for (docs/disclosure.md), and the marking on its every page.</summary>
/// <param name="Kind">Public (restricted sections and blocks left out) or restricted (everything).</param>
/// <param name="Marking">The protective marking, printed centred at the top and bottom of every page; none to use the template's.</param>
public sealed record Edition(EditionKind Kind, string? Marking = null)
{
    /// <summary>
    /// The ids of the indicators this edition left out of the results (restricted ones, in the public edition). A block
    /// that names one by id (<c>chart: { indicator: OCG1 }</c>) draws nothing for it, rather than fail the build.
    /// </summary>
    public IReadOnlySet<string> LeftOut { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The full pack with no marking of its own: what a composition without an edition gets.</summary>
    public static Edition Full { get; } = new(EditionKind.Restricted);

    /// <summary>The edition's name as the project file and the command line write it: <c>public</c>, <c>restricted</c>.</summary>
    public string Name => Kind == EditionKind.Public ? "public" : "restricted";

    /// <summary>Whether something marked restricted belongs in this edition.</summary>
    public bool Includes(bool restricted) => !restricted || Kind == EditionKind.Restricted;
}
