using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Packaging;

/// <summary>
/// The settings part: Word 2013+ layout (so Word does not open the pack in compatibility mode), the document's
/// language for theme fonts, and UK decimal and list separators. A document with page references (PAGEREF fields)
/// asks Word to update its fields when it is opened (<c>w:updateFields</c>), so they show Word's own page numbers.
/// </summary>
internal static class DocumentSettings
{
    public static W.Settings Build(string language, bool updateFields = false)
    {
        var settings = Defaults(language);
        if (updateFields)
        {
            // Schema order: updateFields comes before compat.
            settings.InsertBefore(new W.UpdateFieldsOnOpen { Val = true }, settings.GetFirstChild<W.Compatibility>());
        }

        return settings;
    }

    private static W.Settings Defaults(string language) => new(
        new W.Zoom { Percent = "100" },
        new W.DefaultTabStop { Val = 720 },
        new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.DoNotCompress },
        new W.Compatibility(new W.CompatibilitySetting
        {
            Name = W.CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new W.ThemeFontLanguages { Val = language },
        new W.DecimalSymbol { Val = "." },
        new W.ListSeparator { Val = "," });
}
