namespace ReportGen.Composition.Templates;

/// <summary>The words of a <c>data-sources</c> block that its template leaves out.</summary>
internal static class DataSourcesDefaults
{
    public const string Heading = "Data sources";

    public const string Text =
        "The figures in this pack were worked out by ReportGen {{ reportgen.version }} from the files below. The " +
        "manifest.json published with the pack gives each file's size and full SHA-256 fingerprint, so anyone can " +
        "check that the pack came from them.";

    public const string Caption = "The input files of this pack, with what each holds, its last period of data and the start of its SHA-256";
}
