using ReportGen.Core.Disclosure;

namespace ReportGen.Ingest;

/// <summary>How one edition of the packs is built (the project file's <c>editions:</c>, docs/disclosure.md).</summary>
/// <param name="Marking">The protective marking printed at the top and bottom of every page; none for none.</param>
/// <param name="OutputDirectory">Where this edition's outputs go, absolute, instead of the project's <c>output</c>; none for that.</param>
/// <param name="DisclosureControl">Whether small counts are suppressed in this edition (restricted figures are left out of the public one regardless).</param>
public sealed record EditionSettings(string? Marking, string? OutputDirectory = null, bool DisclosureControl = true)
{
    /// <summary>The marking a restricted edition carries when the project file gives none, so that it never goes out unmarked.</summary>
    public const string RestrictedMarking = "OFFICIAL-SENSITIVE";

    /// <summary>The settings of <paramref name="edition"/> when the project file says nothing about it.</summary>
    public static EditionSettings Default(EditionKind edition) =>
        new(edition == EditionKind.Restricted ? RestrictedMarking : null);
}
