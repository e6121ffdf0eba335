using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Rendering.Results.Json;

/// <summary>
/// Writes <c>results.json</c> exactly as the contract's section 4 describes it: UTF-8, camelCase, unrounded
/// numbers, <see langword="null"/> for figures that cannot be had. Fields beyond the contract's are documented in
/// docs/results-json.md.
/// </summary>
public static class ResultsJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="results"/> to <paramref name="output"/>.</summary>
    /// <param name="results">The results.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="edition">The edition's name (<c>public</c>), written as <c>edition</c>; none to leave it out.</param>
    public static void Write(ReportResults results, Stream output, string? edition = null)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        if (edition is not null)
        {
            json.WriteString("edition", edition);
        }

        json.WriteString("financialYear", results.Period.Year.ToString());
        json.WriteString("period", PeriodName(results.Period));
        json.WriteString("periodStart", results.Period.Span.First.ToString());
        json.WriteString("periodEnd", results.Period.Span.Last.ToString());
        json.WriteStartArray("indicators");
        foreach (var indicator in results.Indicators)
        {
            IndicatorJson.Write(json, indicator);
        }

        json.WriteEndArray();
        json.WriteStartObject("ragSummary");
        json.WriteNumber("red", results.Summary.Red);
        json.WriteNumber("amber", results.Summary.Amber);
        json.WriteNumber("green", results.Summary.Green);
        json.WriteNumber("none", results.Summary.None);
        json.WriteNumber("excluded", results.Summary.Excluded);
        json.WriteNumber("notDue", results.Summary.NotDue);
        json.WriteEndObject();
        var dots = results.DotSummary;
        json.WriteStartObject("dotSummary");
        Directions(json, "short", dots.Short);
        Directions(json, "long", dots.Long);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void Directions(Utf8JsonWriter json, string name, DirectionCounts counts)
    {
        json.WriteStartObject(name);
        json.WriteNumber("better", counts.Better);
        json.WriteNumber("same", counts.Same);
        json.WriteNumber("worse", counts.Worse);
        json.WriteNumber("none", counts.None);
        json.WriteEndObject();
    }

    /// <summary><c>Q3</c> for a quarter (as in the contract), <c>2016-12</c> for a month.</summary>
    internal static string PeriodName(Period period) =>
        period.Kind == PeriodKind.Quarter ? $"Q{period.Index}" : period.ToString();
}
