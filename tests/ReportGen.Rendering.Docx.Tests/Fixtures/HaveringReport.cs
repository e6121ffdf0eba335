using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Docx.Tests.Fixtures;

/// <summary>
/// A pack resembling the London Borough of Havering's Crime &amp; Disorder Corporate Performance Report, Q3 2016/17: a
/// portrait cover report (form table, summary, lists, a link) and a landscape appendix of indicators long enough
/// to run over several pages.
/// </summary>
internal static class HaveringReport
{
    public const string Title = "Corporate Performance Report: Quarter 3 (2016/17)";
    public const string Committee = "Crime & Disorder Overview & Scrutiny Sub-Committee";
    public const string CorporatePlanUrl = "https://www.havering.gov.uk/Documents/Council-democracy-elections/Corporate%20Plan%20201617.pdf";

    public static Rgb RagRed { get; } = Rgb.FromHex("#D4351C");
    public static Rgb RagAmber { get; } = Rgb.FromHex("#F47738");
    public static Rgb RagGreen { get; } = Rgb.FromHex("#00703C");

    public static ReportDocument Create(int firstPageNumber = 1, string? marking = null, DateTimeOffset? created = null) => new(
        new DocumentInfo(
            Title,
            "en-GB",
            Author: "London Borough of Havering",
            Subject: "Quarter 3 performance for the Crime & Disorder indicators",
            Keywords: ["performance", "crime and disorder", "2016/17"],
            Created: created),
        DocumentStyle.Default,
        [
            new Section(Orientation.Portrait, new PageFurniture(Committee, Title, Marking: marking), CoverReport.Blocks()),
            new Section(
                Orientation.Landscape,
                new PageFurniture(Committee, "Appendix 1: " + Title, Marking: marking),
                Appendix.Blocks()),
        ],
        firstPageNumber);
}
