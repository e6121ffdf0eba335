namespace ReportGen.Composition;

/// <summary>
/// The mark beside a provisional figure (the CSV's <c>provisional</c> column) and the note that explains it: <c>*</c> and
/// "* Provisional figure, subject to revision." by default; the report settings <c>provisional_mark</c> and
/// <c>provisional_note</c> change them.
/// </summary>
internal static class ProvisionalMark
{
    /// <summary>The mark, from <paramref name="settings"/> or the default <c>*</c>.</summary>
    public static string Mark(IReadOnlyDictionary<string, object?>? settings) =>
        settings?.GetValueOrDefault("provisional_mark") as string ?? "*";

    /// <summary>The note, from <paramref name="settings"/> or the default, which starts with the mark.</summary>
    public static string Note(IReadOnlyDictionary<string, object?>? settings) =>
        settings?.GetValueOrDefault("provisional_note") as string ?? Mark(settings) + " Provisional figure, subject to revision.";
}
