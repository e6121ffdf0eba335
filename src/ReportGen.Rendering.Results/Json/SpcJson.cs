using System.Text.Json;
using ReportGen.Core.Spc;

namespace ReportGen.Rendering.Results.Json;

/// <summary>
/// An indicator's <c>spc</c> block, exactly as contract section 6 shows it (mean and limits of the last segment,
/// variation, assurance, points with their rule), then <c>improvement</c> and <c>alert</c>; <see langword="null"/>
/// for an indicator without an SPC analysis.
/// </summary>
internal static class SpcJson
{
    public static void Write(Utf8JsonWriter json, SpcResult? spc)
    {
        if (spc is null)
        {
            json.WriteNull("spc");
            return;
        }

        json.WriteStartObject("spc");
        IndicatorJson.Number(json, "mean", spc.Mean);
        IndicatorJson.Number(json, "upperLimit", spc.UpperLimit);
        IndicatorJson.Number(json, "lowerLimit", spc.LowerLimit);
        json.WriteString("variation", JsonWords.Snake(spc.Variation));
        IndicatorJson.Text(json, "assurance", JsonWords.Snake(spc.Assurance));
        json.WriteStartArray("points");
        foreach (var point in spc.Points)
        {
            json.WriteStartObject();
            json.WriteString("period", point.Period);
            IndicatorJson.Number(json, "value", point.Value);
            IndicatorJson.Text(json, "rule", JsonWords.Snake(point.Rule));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("improvement", JsonWords.Snake(spc.Improvement));
        json.WriteBoolean("alert", spc.Alert);
        json.WriteEndObject();
    }
}
