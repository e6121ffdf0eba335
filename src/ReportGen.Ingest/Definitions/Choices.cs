using ReportGen.Core.Indicators;

namespace ReportGen.Ingest.Definitions;

/// <summary>The words indicator definitions use for each choice, as written in YAML.</summary>
internal static class Choices
{
    public static readonly (string, Unit)[] Units =
    [
        ("count", Unit.Count), ("percent", Unit.Percent), ("number", Unit.Number), ("days", Unit.Days), ("currency", Unit.Currency),
    ];

    public static readonly (string, Polarity)[] Polarities =
    [
        ("higher", Polarity.Higher), ("lower", Polarity.Lower), ("band", Polarity.Band), ("neutral", Polarity.Neutral),
    ];

    public static readonly (string, IndicatorType)[] Types =
    [
        ("target", IndicatorType.Target), ("contextual", IndicatorType.Contextual), ("monitor", IndicatorType.Monitor),
    ];

    public static readonly (string, ReportingFrequency)[] Frequencies =
    [
        ("monthly", ReportingFrequency.Monthly), ("quarterly", ReportingFrequency.Quarterly), ("annual", ReportingFrequency.Annual),
    ];

    public static readonly (string, MoneyStyle)[] MoneyStyles =
    [
        ("auto", MoneyStyle.Auto), ("full", MoneyStyle.Full), ("millions", MoneyStyle.Millions),
    ];

    public static readonly (string, Aggregation)[] Aggregations =
    [
        ("sum", Aggregation.Sum), ("ratio", Aggregation.Ratio), ("latest", Aggregation.Latest), ("mean", Aggregation.Mean),
    ];

    public static readonly (string, RagMethod)[] Methods =
    [
        ("tolerance", RagMethod.Tolerance), ("target_distance", RagMethod.TargetDistance), ("bands", RagMethod.Bands), ("spc", RagMethod.Spc), ("manual", RagMethod.Manual),
    ];

    public static readonly (string, RatingBasis)[] Bases =
    [
        ("ytd", RatingBasis.Ytd), ("period", RatingBasis.Period),
    ];

    public static readonly (string, Rag)[] Ratings =
    [
        ("Green", Rag.Green), ("Amber", Rag.Amber), ("Red", Rag.Red), ("G", Rag.Green), ("A", Rag.Amber), ("R", Rag.Red),
    ];

    public static readonly (string, SpcImprovement)[] Improvements =
    [
        ("higher", SpcImprovement.Higher), ("lower", SpcImprovement.Lower), ("neutral", SpcImprovement.Neutral),
    ];

    public static readonly (string, SpcLevel)[] Levels =
    [
        ("mean", SpcLevel.Mean), ("near_limit", SpcLevel.NearLimit), ("limit", SpcLevel.Limit),
    ];

    public static readonly (string, SurveyComparison)[] Comparisons =
    [
        ("same_period_last_year", SurveyComparison.SamePeriodLastYear), ("previous_period", SurveyComparison.PreviousPeriod),
    ];

    public static readonly (string, bool)[] Peers =
    [
        ("breakdowns", true),
    ];
}
