using System.Text.Json;
using ReportGen.Core.Analytics;
using ReportGen.Core.Results;

namespace ReportGen.Rendering.Results.Json;

/// <summary>
/// The figures beyond the contract's (docs/results-json.md): the indicator's type, the year-end forecast, the
/// rolling and cumulative windows, rank, equality gaps, survey statistics and how current the data is.
/// </summary>
internal static class AnalyticsJson
{
    public static void Write(Utf8JsonWriter json, IndicatorResult result)
    {
        json.WriteString("type", JsonWords.Snake(result.Definition.Type));
        IndicatorJson.Number(json, "forecastYearEnd", result.Forecast?.Value);
        IndicatorJson.Text(json, "forecastMethod", JsonWords.Snake(result.Forecast?.Method));
        IndicatorJson.Number(json, "rolling12Value", result.Rolling12.Value);
        IndicatorJson.Parts(json, "rolling12", result.Rolling12);
        IndicatorJson.Text(json, "cumulativeFrom", result.Definition.CumulativeFrom?.ToString());
        IndicatorJson.Number(json, "cumulativeValue", result.Cumulative.Value);
        IndicatorJson.Parts(json, "cumulative", result.Cumulative);
        IndicatorJson.Text(json, "lastDataPeriod", result.LastDataPeriod?.ToString());
        Boolean(json, "stale", result.Stale);
        Rank(json, result.Rank);
        Gaps(json, result.Gaps);
        Survey(json, result.Survey);
    }

    private static void Rank(Utf8JsonWriter json, PeerRank? rank)
    {
        if (rank is null)
        {
            json.WriteNull("rank");
            return;
        }

        json.WriteStartObject("rank");
        json.WriteNumber("position", rank.Position);
        json.WriteNumber("of", rank.Of);
        json.WriteString("self", rank.Self);
        json.WriteBoolean("tied", rank.Tied);
        json.WriteString("text", rank.ToString());
        json.WriteEndObject();
    }

    private static void Gaps(Utf8JsonWriter json, IReadOnlyList<EqualityGap> gaps)
    {
        json.WriteStartArray("equalityGaps");
        foreach (var gap in gaps)
        {
            json.WriteStartObject();
            json.WriteString("breakdown", gap.Breakdown);
            IndicatorJson.Number(json, "value", gap.Value);
            IndicatorJson.Number(json, "gap", gap.Gap);
            IndicatorJson.Text(json, "rag", gap.Rag?.ToString());
            json.WriteBoolean("suppressed", gap.Suppressed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Survey(Utf8JsonWriter json, SurveyResult? survey)
    {
        if (survey is null)
        {
            json.WriteNull("survey");
            return;
        }

        json.WriteStartObject("survey");
        IndicatorJson.Number(json, "confidence", survey.Confidence);
        IndicatorJson.Number(json, "ciLow", survey.CiLow);
        IndicatorJson.Number(json, "ciHigh", survey.CiHigh);
        json.WriteString("comparedWith", JsonWords.Snake(survey.ComparedWith));
        IndicatorJson.Number(json, "comparisonValue", survey.Comparison.Value);
        IndicatorJson.Parts(json, "comparison", survey.Comparison);
        IndicatorJson.Number(json, "change", survey.Change);
        IndicatorJson.Number(json, "z", survey.Z);
        IndicatorJson.Number(json, "pValue", survey.PValue);
        Boolean(json, "significant", survey.Significant);
        json.WriteEndObject();
    }

    private static void Boolean(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } flag)
        {
            json.WriteBoolean(name, flag);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
