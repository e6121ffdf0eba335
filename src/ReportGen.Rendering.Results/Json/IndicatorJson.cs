using System.Text.Json;
using ReportGen.Core.Data;
using ReportGen.Core.Results;

namespace ReportGen.Rendering.Results.Json;

/// <summary>
/// One indicator's object in <c>results.json</c>: the contract's fields first, then ReportGen's own. What disclosure
/// control suppressed is <see langword="null"/> and named in <c>suppressed</c> (docs/disclosure.md).
/// </summary>
internal static class IndicatorJson
{
    public static void Write(Utf8JsonWriter json, IndicatorResult result)
    {
        var definition = result.Definition;
        json.WriteStartObject();
        json.WriteString("id", definition.Id);
        Number(json, "periodValue", result.Period.Value);
        Number(json, "previousPeriodValue", result.PreviousPeriod.Value);
        Number(json, "samePeriodLastYearValue", result.SamePeriodLastYear.Value);
        Number(json, "ytdValue", result.Ytd.Value);
        Number(json, "ytdLastYearValue", result.YtdLastYear.Value);
        Number(json, "ytdChangePercent", result.YtdChangePercent);
        Number(json, "target", result.Target);
        Text(json, "rag", result.Rag?.ToString());
        Text(json, "dotShort", Word(result.DotShort));
        Text(json, "dotLong", Word(result.DotLong));

        json.WriteString("title", definition.Title);
        json.WriteString("unit", Word(definition.Unit));
        json.WriteString("polarity", Word(definition.Polarity));
        json.WriteString("aggregation", Word(definition.Aggregation));
        json.WriteString("ratingMethod", JsonWords.Snake(definition.Rag.Method));
        json.WriteString("ratingBasis", Word(definition.Rag.Basis));
        Text(json, "goal", definition.Goal);
        Number(json, "ratedValue", result.RatedValue);
        Number(json, "allowance", result.Allowance);
        if (result.OffTarget is { } offTarget)
        {
            json.WriteBoolean("offTarget", offTarget);
        }
        else
        {
            json.WriteNull("offTarget");
        }

        Text(json, "ragLabel", result.RagLabel);
        if (result.Provisional)
        {
            // Only when true, so that packs without provisional figures are as they were.
            json.WriteBoolean("provisional", true);
        }

        if (definition.Frequency is { } frequency)
        {
            // Only for an indicator with a frequency, so that packs without one are as they were.
            json.WriteString("frequency", Word(frequency));
            json.WriteBoolean("due", !result.NotDue);
        }

        Number(json, "previousYtdValue", result.PreviousYtd.Value);
        Parts(json, "period", result.Period);
        Parts(json, "ytd", result.Ytd);
        json.WriteStartArray("breakdowns");
        foreach (var breakdown in result.Breakdowns)
        {
            json.WriteStartObject();
            json.WriteString("breakdown", breakdown.Breakdown);
            Number(json, "periodValue", breakdown.Period.Value);
            Number(json, "ytdValue", breakdown.Ytd.Value);
            Names(json, "suppressed", SuppressedFields.Of(breakdown));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        AnalyticsJson.Write(json, result);
        SpcJson.Write(json, result.Spc);
        Names(json, "suppressed", SuppressedFields.Of(result));
        json.WriteEndObject();
    }

    internal static void Names(Utf8JsonWriter json, string name, IReadOnlyList<string> names)
    {
        json.WriteStartArray(name);
        foreach (var item in names)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }

    internal static void Parts(Utf8JsonWriter json, string prefix, Aggregate aggregate)
    {
        if (aggregate.Numerator is not null || aggregate.Denominator is not null)
        {
            Number(json, prefix + "Numerator", aggregate.Numerator);
            Number(json, prefix + "Denominator", aggregate.Denominator);
        }
    }

    internal static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            // Dividing by 1.000… drops trailing zeros (4355.00 → 4355) without changing the value.
            json.WriteNumber(name, number / 1.000000000000000000000000000000000m);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    internal static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string? Word<T>(T? value)
        where T : struct, Enum => value?.ToString().ToLowerInvariant();

    private static string Word<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
