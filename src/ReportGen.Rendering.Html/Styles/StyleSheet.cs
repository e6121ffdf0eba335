using ReportGen.Documents.Model;
using ReportGen.Rendering.Html.Markup;

namespace ReportGen.Rendering.Html.Styles;

/// <summary>
/// The page's one stylesheet, from the document's style and layout: the fonts, sizes and colours every renderer
/// shares, the block spacing, the text as wide as the widest section's text on paper; on a phone, columns stack and
/// tables scroll inside their own region; in print (<c>@media print</c>) A4 pages with the layout's margins, each
/// section on a new page and landscape sections on landscape pages.
/// </summary>
internal static class StyleSheet
{
    /// <summary>The body text's colour (GOV.UK's text colour, as the PDF's).</summary>
    public static readonly Rgb TextColor = Rgb.FromHex("#0B0C0C");

    /// <summary>The colour of notes and furniture: 7:1 on white.</summary>
    public static readonly Rgb QuietColor = Rgb.FromHex("#505A5F");

    /// <summary>The colour of links: 5.2:1 on white.</summary>
    public static readonly Rgb LinkColor = Rgb.FromHex("#1D70B8");

    public static string For(DocumentStyle style, LayoutSettings layout, double textWidth, PageFurniture furniture)
    {
        var spacing = layout.Spacing;
        string Em(double ems) => Css.Number(ems) + "em";
        var portrait = layout.Portrait;
        var landscape = layout.Landscape;
        return $$"""
            *, *::before, *::after { box-sizing: border-box; }
            html { background: #FFFFFF; color: {{Css.Color(TextColor)}}; }
            body { margin: 0 auto; padding: 0 1rem 2rem; max-width: calc({{Css.Points(textWidth)}} + 2rem); font-family: {{Family(style.FontFamily)}}; font-size: {{Css.Points(style.BodySize)}}; line-height: 1.35; overflow-wrap: break-word; }
            h1, h2, h3, h4, h5, h6 { color: {{Css.Color(style.HeadingColor)}}; font-weight: bold; line-height: 1.2; }
            h1 { font-size: {{Css.Points(style.HeadingSize(1))}}; margin: {{Em(spacing.Heading1Before)}} 0 {{Em(spacing.Heading1After)}}; }
            h2 { font-size: {{Css.Points(style.HeadingSize(2))}}; margin: {{Em(spacing.HeadingBefore)}} 0 {{Em(spacing.HeadingAfter)}}; }
            h3 { font-size: {{Css.Points(style.HeadingSize(3))}}; margin: {{Em(spacing.HeadingBefore)}} 0 {{Em(spacing.HeadingAfter)}}; }
            h4, h5, h6 { font-size: {{Css.Points(style.HeadingSize(4))}}; margin: {{Em(spacing.HeadingBefore)}} 0 {{Em(spacing.HeadingAfter)}}; }
            section > :first-child { margin-top: 0; }
            p, ul, ol { margin: 0 0 {{Em(spacing.TextAfter)}}; }
            li + li { margin-top: {{Em(spacing.ListItemGap)}}; }
            .note { font-size: {{Css.Points(style.SmallSize)}}; color: {{Css.Color(QuietColor)}}; }
            a { color: {{Css.Color(LinkColor)}}; text-decoration: underline; }
            a:focus { outline: 3px solid #FFDD00; outline-offset: 0; background: #FFDD00; color: {{Css.Color(TextColor)}}; }
            th a, td[style] a { color: inherit; }
            th a, td a { display: inline-block; min-height: 24px; min-width: 24px; }
            .draft-mark { text-align: center; font-weight: bold; font-size: 1.5em; letter-spacing: 0.3em; border: 3px solid {{Css.Color(TextColor)}}; padding: 0.2em; margin: 0.5em 0; color: {{Css.Color(TextColor)}}; }
            .skip-link { position: absolute; left: -10000px; top: 0; padding: 0.5em; background: #FFDD00; color: {{Css.Color(TextColor)}}; }
            .skip-link:focus { left: 0; }
            .page-header, .page-footer { font-size: {{Css.Points(style.SmallSize)}}; color: {{Css.Color(QuietColor)}}; }
            .page-header { border-bottom: 1px solid {{Css.Color(style.RuleColor)}}; margin: 0 0 1.5em; padding-top: 0.75em; }
            .page-footer { border-top: 1px solid {{Css.Color(style.RuleColor)}}; margin-top: 2em; padding-top: 0.5em; }
            .page-header p, .page-footer p { margin: 0 0 0.4em; }
            .marking { text-align: center; font-weight: bold; color: {{Css.Color(TextColor)}}; letter-spacing: 0.05em; }
            .running-header { color: {{Css.Color(QuietColor)}}; font-size: {{Css.Points(style.SmallSize)}}; }
            .contents { margin: 0 0 2em; padding: 0.75em 1em; border-left: 4px solid {{Css.Color(style.TableHeaderBackground)}}; background: #F3F2F1; }
            .contents-title { font-weight: bold; margin: 0 0 0.4em; }
            .contents ul { list-style: none; margin: 0; padding: 0; }
            .contents li { margin: 0; }
            .contents a { display: inline-block; min-height: 24px; padding: 0.15em 0; }
            .contents ul ul { display: flex; flex-wrap: wrap; gap: 0 1.5em; padding-left: 1.25em; margin-bottom: 0.3em; font-size: {{Css.Points(style.SmallSize + 1)}}; }
            section + section { margin-top: 2.5em; border-top: 1px solid #B1B4B6; padding-top: 1.5em; }
            section > .running-header { margin: 0 0 1em; }
            .table-scroll { overflow-x: auto; max-width: 100%; margin: {{Em(spacing.TableBefore)}} 0 {{Em(spacing.TableAfter)}}; }
            .table-scroll:focus { outline: 3px solid #FFDD00; }
            table { border-collapse: collapse; width: 100%; font-size: {{Css.Points(style.SmallSize)}}; }
            table.grid, table.form { min-width: 20em; }
            table.wide { min-width: var(--min-width); }
            caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
            th, td { border: 1px solid {{Css.Color(style.RuleColor)}}; padding: 0.3em 0.4em; vertical-align: top; text-align: left; }
            thead th { background: {{Css.Color(style.TableHeaderBackground)}}; color: {{Css.Color(style.TableHeaderForeground)}}; font-weight: bold; }
            tbody th { background: #F3F2F1; font-weight: bold; }
            tr.group td { font-weight: bold; background: #F3F2F1; }
            th p, td p, th ul, td ul, th ol, td ol { margin: 0 0 0.3em; }
            th > :last-child, td > :last-child { margin-bottom: 0; }
            .right { text-align: right; }
            .center { text-align: center; }
            .chart { margin: {{Em(spacing.ChartBefore)}} 0 {{Em(spacing.ChartAfter)}}; }
            .chart figcaption { font-weight: bold; font-size: {{Css.Points(style.SmallSize + 1)}}; margin-bottom: 0.3em; }
            .chart-scroll { overflow-x: auto; max-width: 100%; }
            .chart-scroll:focus { outline: 3px solid #FFDD00; }
            .chart svg { display: block; width: 100%; min-width: var(--min-width); height: auto; font-family: {{Family(style.FontFamily)}}; }
            .columns { display: flex; gap: {{Em(spacing.ColumnGap)}}; align-items: flex-start; margin: {{Em(spacing.TableBefore)}} 0 {{Em(spacing.TableAfter)}}; }
            .column { min-width: 0; }
            .page-break { height: 0; }
            @media (max-width: 40em) {
              body { padding: 0 0.75rem 1.5rem; }
              .columns { flex-direction: column; }
              .column { flex: 1 1 auto !important; width: 100%; }
            }
            @media print {
              @page { size: A4; margin: {{Css.Points(portrait.VerticalMargin)}} {{Css.Points(portrait.SideMargin)}};{{MarginBoxes(furniture)}} }
              @page landscape { size: A4 landscape; margin: {{Css.Points(landscape.VerticalMargin)}} {{Css.Points(landscape.SideMargin)}}; }
              body { max-width: none; padding: 0; }
              .skip-link { display: none; }
              .contents { background: none; border-left: none; padding: 0; }
              section + section { break-before: page; border-top: none; margin-top: 0; padding-top: 0; }
              section.landscape { page: landscape; }
              .page-break { break-after: page; }
              .table-scroll, .chart-scroll { overflow: visible; }
              .chart svg { min-width: 0; }
              table.grid, table.form, table.wide { min-width: 0; }
              thead { display: table-header-group; }
              tr, figure, .columns { break-inside: avoid; }
              h1, h2, h3, h4 { break-after: avoid; }
              a { color: inherit; }
            }

            """;
    }

    // On paper the furniture goes in the page margins of every page, as in the PDF: the running header top left, the
    // footer bottom left, the marking centred at the top and the bottom. (A web page has no page numbers to print.)
    private static string MarginBoxes(PageFurniture furniture)
    {
        string Box(string where, string? text, string weight) => string.IsNullOrEmpty(text)
            ? string.Empty
            : $" @{where} {{ content: {Css.String(text)}; font-family: \"Liberation Sans\", Arial, sans-serif; font-size: 8pt; font-weight: {weight}; color: #0B0C0C; white-space: nowrap; }}";
        return Box("top-left", furniture.HeaderText, "normal") + Box("bottom-left", furniture.FooterText, "normal")
            + Box("top-center", furniture.Marking, "bold") + Box("bottom-center", furniture.Marking, "bold");
    }

    // The document's family, then fonts with its metrics or close to them, then the generic family.
    private static string Family(string family)
    {
        string[] names = [new string([.. family.Where(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_' or '.')]), "Liberation Sans", "Arial", "Helvetica"];
        return string.Join(", ", names.Distinct(StringComparer.OrdinalIgnoreCase).Select(name => $"\"{name}\"")) + ", sans-serif";
    }
}
