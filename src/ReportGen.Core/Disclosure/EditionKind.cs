namespace ReportGen.Core.Disclosure;

/// <summary>Which edition of a pack is built (<c>--edition</c>, docs/disclosure.md).</summary>
public enum EditionKind
{
    /// <summary>For publication: everything marked restricted is left out of every output.</summary>
    Public,

    /// <summary>The full pack, restricted items included, for those cleared to see it.</summary>
    Restricted,
}
