using DocumentFormat.OpenXml;
using ReportGen.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Styles;

/// <summary>
/// The styles part: Word's built-in styles (Normal, heading 1–4, List Paragraph, Hyperlink, Table Grid, header,
/// footer) set from the document's typography, plus Note and Table Text. Editors restyle the whole pack by
/// changing a style, and the headings fill Word's navigation pane.
/// </summary>
internal static class StyleSheet
{
    public static W.Styles Build(DocumentStyle style, string language)
    {
        var styles = new W.Styles(DocDefaults(style, language));
        styles.Append(
            Normal(style),
            Builtin(W.StyleValues.Character, StyleIds.DefaultParagraphFont, "Default Paragraph Font", uiPriority: 1, isDefault: true, semiHidden: true),
            TableNormal(),
            Builtin(W.StyleValues.Numbering, StyleIds.NoList, "No List", uiPriority: 99, isDefault: true, semiHidden: true));
        for (var level = 1; level <= 4; level++)
        {
            styles.Append(Heading(style, level));
        }

        styles.Append(
            Note(style),
            ListParagraph(),
            TableText(style),
            Furniture(StyleIds.Header, "header", style),
            Furniture(StyleIds.Footer, "footer", style),
            Hyperlink(),
            TableStyles.Grid(style));
        return styles;
    }

    private static W.DocDefaults DocDefaults(DocumentStyle style, string language) => new(
        new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle
        {
            RunFonts = Fonts(style.FontFamily),
            FontSize = new W.FontSize { Val = Units.HalfPoints(style.BodySize) },
            FontSizeComplexScript = new W.FontSizeComplexScript { Val = Units.HalfPoints(style.BodySize) },
            Languages = new W.Languages { Val = language, EastAsia = language, Bidi = language },
        }),
        new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle
        {
            // Off unless some style turns it on: no single line of a paragraph alone at a page's top or foot.
            WidowControl = new W.WidowControl(),
            SpacingBetweenLines = new W.SpacingBetweenLines { After = "160", Line = "264", LineRule = W.LineSpacingRuleValues.Auto },
        }));

    private static W.Style Normal(DocumentStyle style)
    {
        var normal = Builtin(W.StyleValues.Paragraph, StyleIds.Normal, "Normal", uiPriority: null, isDefault: true);
        normal.PrimaryStyle = new W.PrimaryStyle();
        normal.StyleRunProperties = new W.StyleRunProperties
        {
            RunFonts = Fonts(style.FontFamily),
            FontSize = new W.FontSize { Val = Units.HalfPoints(style.BodySize) },
            FontSizeComplexScript = new W.FontSizeComplexScript { Val = Units.HalfPoints(style.BodySize) },
        };
        return normal;
    }

    private static W.Style Heading(DocumentStyle style, int level)
    {
        var heading = Builtin(W.StyleValues.Paragraph, StyleIds.Heading(level), "heading " + level.ToString(System.Globalization.CultureInfo.InvariantCulture), uiPriority: 9, isDefault: false);
        heading.BasedOn = new W.BasedOn { Val = StyleIds.Normal };
        heading.NextParagraphStyle = new W.NextParagraphStyle { Val = StyleIds.Normal };
        heading.PrimaryStyle = new W.PrimaryStyle();
        var size = style.HeadingSize(level);
        heading.StyleParagraphProperties = new W.StyleParagraphProperties
        {
            KeepNext = new W.KeepNext(),
            KeepLines = new W.KeepLines(),
            SpacingBetweenLines = new W.SpacingBetweenLines { Before = Units.Twips(level == 1 ? size : size * 0.9), After = Units.Twips(level <= 2 ? 8 : 4) },
            OutlineLevel = new W.OutlineLevel { Val = level - 1 },
        };
        heading.StyleRunProperties = new W.StyleRunProperties
        {
            Bold = new W.Bold(),
            BoldComplexScript = new W.BoldComplexScript(),
            Color = new W.Color { Val = style.HeadingColor.Hex },
            FontSize = new W.FontSize { Val = Units.HalfPoints(size) },
            FontSizeComplexScript = new W.FontSizeComplexScript { Val = Units.HalfPoints(size) },
        };
        return heading;
    }

    private static W.Style Note(DocumentStyle style)
    {
        var note = Custom(W.StyleValues.Paragraph, StyleIds.Note, "Note");
        note.BasedOn = new W.BasedOn { Val = StyleIds.Normal };
        note.PrimaryStyle = new W.PrimaryStyle();
        note.StyleParagraphProperties = new W.StyleParagraphProperties
        {
            SpacingBetweenLines = new W.SpacingBetweenLines { After = "120" },
        };
        note.StyleRunProperties = SmallText(style);
        return note;
    }

    private static W.Style ListParagraph()
    {
        var list = Builtin(W.StyleValues.Paragraph, StyleIds.ListParagraph, "List Paragraph", uiPriority: 34, isDefault: false);
        list.BasedOn = new W.BasedOn { Val = StyleIds.Normal };
        list.PrimaryStyle = new W.PrimaryStyle();
        list.StyleParagraphProperties = new W.StyleParagraphProperties
        {
            SpacingBetweenLines = new W.SpacingBetweenLines { After = "80" },
            Indentation = new W.Indentation { Left = "720" },
        };
        return list;
    }

    private static W.Style TableText(DocumentStyle style)
    {
        var text = Custom(W.StyleValues.Paragraph, StyleIds.TableText, "Table Text");
        text.BasedOn = new W.BasedOn { Val = StyleIds.Normal };
        text.PrimaryStyle = new W.PrimaryStyle();
        text.StyleParagraphProperties = new W.StyleParagraphProperties
        {
            SpacingBetweenLines = new W.SpacingBetweenLines { Before = "0", After = "60", Line = "252", LineRule = W.LineSpacingRuleValues.Auto },
        };
        text.StyleRunProperties = SmallText(style);
        return text;
    }

    private static W.Style Furniture(string id, string name, DocumentStyle style)
    {
        var furniture = Builtin(W.StyleValues.Paragraph, id, name, uiPriority: 99, isDefault: false);
        furniture.BasedOn = new W.BasedOn { Val = StyleIds.Normal };
        furniture.UnhideWhenUsed = new W.UnhideWhenUsed();
        furniture.StyleParagraphProperties = new W.StyleParagraphProperties
        {
            SpacingBetweenLines = new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
        };
        furniture.StyleRunProperties = SmallText(style);
        return furniture;
    }

    private static W.Style Hyperlink()
    {
        var link = Builtin(W.StyleValues.Character, StyleIds.Hyperlink, "Hyperlink", uiPriority: 99, isDefault: false);
        link.BasedOn = new W.BasedOn { Val = StyleIds.DefaultParagraphFont };
        link.UnhideWhenUsed = new W.UnhideWhenUsed();
        link.StyleRunProperties = new W.StyleRunProperties
        {
            Color = new W.Color { Val = Palette.Link.Hex },
            Underline = new W.Underline { Val = W.UnderlineValues.Single },
        };
        return link;
    }

    private static W.Style TableNormal()
    {
        var table = Builtin(W.StyleValues.Table, StyleIds.TableNormal, "Normal Table", uiPriority: 99, isDefault: true, semiHidden: true);
        table.StyleTableProperties = new W.StyleTableProperties(
            new W.TableIndentation { Width = 0, Type = W.TableWidthUnitValues.Dxa },
            new W.TableCellMarginDefault(
                new W.TopMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellLeftMargin { Width = 108, Type = W.TableWidthValues.Dxa },
                new W.BottomMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellRightMargin { Width = 108, Type = W.TableWidthValues.Dxa }));
        return table;
    }

    private static W.StyleRunProperties SmallText(DocumentStyle style) => new()
    {
        FontSize = new W.FontSize { Val = Units.HalfPoints(style.SmallSize) },
        FontSizeComplexScript = new W.FontSizeComplexScript { Val = Units.HalfPoints(style.SmallSize) },
    };

    internal static W.RunFonts Fonts(string family) =>
        new() { Ascii = family, HighAnsi = family, EastAsia = family, ComplexScript = family };

    internal static W.Style Builtin(W.StyleValues type, string id, string name, int? uiPriority, bool isDefault, bool semiHidden = false)
    {
        var style = new W.Style { Type = type, StyleId = id, StyleName = new W.StyleName { Val = name } };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        if (uiPriority is { } priority)
        {
            style.UIPriority = new W.UIPriority { Val = priority };
        }

        if (semiHidden)
        {
            style.SemiHidden = new W.SemiHidden();
            style.UnhideWhenUsed = new W.UnhideWhenUsed();
        }

        return style;
    }

    private static W.Style Custom(W.StyleValues type, string id, string name)
    {
        var style = new W.Style { Type = type, StyleId = id, StyleName = new W.StyleName { Val = name } };
        style.CustomStyle = OnOffValue.FromBoolean(true);
        return style;
    }
}
