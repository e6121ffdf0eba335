using System.Text;
using System.Text.Json;
using ReportGen.Core.Diagnostics;
using ReportGen.Pipeline;

namespace ReportGen.Cli;

/// <summary>
/// <c>--json</c>: how a build or validation went as one JSON object on standard output, for scheduled jobs that would
/// rather not read lines: its status and exit code, the period, the edition and marking, the files written, the
/// ratings, and every problem with its place. The problems are also printed on standard error, one per line, as
/// without <c>--json</c>.
/// </summary>
internal static class BuildSummary
{
    /// <summary>The object, indented, for <paramref name="outcome"/>.</summary>
    public static string Json(BuildOutcome outcome, BuildRequest request, int exitCode, bool validateOnly)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("status", outcome.Status switch
            {
                BuildStatus.Built => validateOnly ? "valid" : "built",
                BuildStatus.BadRequest => "bad-request",
                _ => "failed",
            });
            json.WriteNumber("exitCode", exitCode);
            if (outcome.Period is { } period)
            {
                json.WriteString("period", period.ToString());
                json.WriteBoolean("latestQuarter", request.Period.IsLatestQuarter);
            }
            else
            {
                json.WriteNull("period");
            }

            WriteOptional(json, "edition", outcome.Edition);
            WriteOptional(json, "marking", outcome.Marking);
            json.WriteStartArray("files");
            foreach (var file in outcome.Written)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            if (outcome.Ratings is { } ratings)
            {
                json.WriteStartObject("ratings");
                json.WriteNumber("red", ratings.Red);
                json.WriteNumber("amber", ratings.Amber);
                json.WriteNumber("green", ratings.Green);
                json.WriteNumber("notRated", ratings.None);
                json.WriteNumber("notDue", ratings.NotDue);
                json.WriteNumber("total", ratings.Total);
                json.WriteEndObject();
            }

            json.WriteNumber("errors", outcome.Problems.Count(p => p.Severity == Severity.Error));
            json.WriteNumber("warnings", outcome.Problems.Count(p => p.Severity == Severity.Warning));
            json.WriteStartArray("problems");
            foreach (var problem in outcome.Problems)
            {
                json.WriteStartObject();
                json.WriteString("severity", problem.Severity == Severity.Error ? "error" : "warning");
                WriteOptional(json, "location", problem.Location?.ToString());
                json.WriteString("message", problem.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
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
}
