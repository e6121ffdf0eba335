namespace ReportGen.Rendering.Docx.Styles;

/// <summary>The style ids the document uses; Word recognises the built-in ones by these ids and their names.</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string TableNormal = "TableNormal";
    public const string NoList = "NoList";
    public const string Note = "Note";
    public const string ListParagraph = "ListParagraph";
    public const string Hyperlink = "Hyperlink";
    public const string TableGrid = "TableGrid";
    public const string TableText = "TableText";
    public const string Header = "Header";
    public const string Footer = "Footer";

    /// <summary>The built-in heading style of <paramref name="level"/> (1 to 4): "Heading1" … "Heading4".</summary>
    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 4).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
