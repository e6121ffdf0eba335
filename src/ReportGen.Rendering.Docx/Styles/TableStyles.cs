using DocumentFormat.OpenXml;
using ReportGen.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Styles;

/// <summary>Word's built-in "Table Grid" style, ruled in the document's rule colour, and the borders it uses.</summary>
internal static class TableStyles
{
    /// <summary>Border width in eighths of a point: ½ pt hairlines.</summary>
    private const uint RuleSize = 4;

    /// <summary>Cell padding: 2 pt above and below, 4.25 pt either side, in twips.</summary>
    public const int CellPaddingVertical = 40;

    public const int CellPaddingHorizontal = 85;

    public static W.Style Grid(DocumentStyle style)
    {
        var grid = StyleSheet.Builtin(W.StyleValues.Table, StyleIds.TableGrid, "Table Grid", uiPriority: 39, isDefault: false);
        grid.BasedOn = new W.BasedOn { Val = StyleIds.TableNormal };
        grid.StyleParagraphProperties = new W.StyleParagraphProperties
        {
            SpacingBetweenLines = new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
        };
        grid.StyleTableProperties = new W.StyleTableProperties(
            new W.TableIndentation { Width = 0, Type = W.TableWidthUnitValues.Dxa },
            Borders(style.RuleColor),
            CellMargins());
        return grid;
    }

    /// <summary>Single rules round every cell.</summary>
    public static W.TableBorders Borders(Rgb color) => new(
        Rule<W.TopBorder>(color),
        Rule<W.LeftBorder>(color),
        Rule<W.BottomBorder>(color),
        Rule<W.RightBorder>(color),
        Rule<W.InsideHorizontalBorder>(color),
        Rule<W.InsideVerticalBorder>(color));

    public static W.TableCellMarginDefault CellMargins() => new(
        new W.TopMargin { Width = Units.Text(CellPaddingVertical), Type = W.TableWidthUnitValues.Dxa },
        new W.TableCellLeftMargin { Width = CellPaddingHorizontal, Type = W.TableWidthValues.Dxa },
        new W.BottomMargin { Width = Units.Text(CellPaddingVertical), Type = W.TableWidthUnitValues.Dxa },
        new W.TableCellRightMargin { Width = CellPaddingHorizontal, Type = W.TableWidthValues.Dxa });

    private static T Rule<T>(Rgb color)
        where T : W.BorderType, new() =>
        new() { Val = W.BorderValues.Single, Size = RuleSize, Space = 0, Color = color.Hex };
}
