using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ReportGen.Core.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.Pipeline.Explaining;

namespace ReportGen.Cli;

/// <summary>
/// <c>reportgen explain ID</c>: how each figure of one indicator was worked out for a period (the build's own figures,
/// explained): the rows used, the year to date, the target and where it came from, the rating rule with its numbers,
/// the directions of travel and the SPC verdict. <c>--json</c> prints the same as one JSON object (docs/explain.md).
/// </summary>
internal sealed class ExplainCommand : Command
{
    /// <summary>The version of the JSON shape <c>--json</c> prints (docs/explain.md); a new field is a minor step.</summary>
    public const string JsonVersion = "1.0";

    // The explanation's shape comes from the source generator (ExplainJson), not reflection, so the JSON is the same
    // in a Native AOT binary, where reflection-based serialisation is off.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ExplainJson.Default,
    };

    private readonly Argument<string> _id = new("id")
    {
        Description = "The indicator's id, as its definition gives it (reportgen list lists them).",
    };

    private readonly Option<string> _project = new("--project", "-p")
    {
        Description = "The project folder holding reportgen.yaml.",
        HelpName = "dir",
        DefaultValueFactory = _ => ".",
    };

    private readonly PeriodOptions _period = new();

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Print the explanation as JSON (the shape docs/explain.md documents), for jobs.",
    };

    public ExplainCommand()
        : base("explain", "Explain how each figure of one indicator was worked out: the rows used, the target, the rating rule, the directions of travel.")
    {
        Arguments.Add(_id);
        Options.Add(_project);
        _period.AddTo(this);
        Options.Add(_json);
        Validators.Add(_period.Check);
        SetAction(parsed => Run(
            parsed.GetValue(_id) ?? string.Empty,
            parsed.GetValue(_project) ?? ".",
            _period.Request(parsed),
            parsed.GetValue(_json),
            parsed.InvocationConfiguration));
    }

    private static int Run(string id, string directory, Core.Periods.PeriodRequest period, bool json, InvocationConfiguration console)
    {
        var outcome = Explainer.Explain(directory, period, id);

        // The calculation warns about every indicator; only this one's warnings, and every error, are said here.
        foreach (var problem in outcome.Problems.Where(p => p.Severity == Severity.Error || p.Message.StartsWith(id + ":", StringComparison.Ordinal)))
        {
            console.Error.WriteLine(problem);
        }

        if (outcome.Explanation is not { } explanation)
        {
            var errors = outcome.Problems.Count(p => p.Severity == Severity.Error);
            console.Error.WriteLine($"reportgen: {Core.Diagnostics.Excerpt.Of(id)} cannot be explained: {(errors == 1 ? "1 error" : $"{errors} errors")}");
            return outcome.Status == BuildStatus.BadRequest ? ExitCodes.BadCommandLine : ExitCodes.Failed;
        }

        if (json)
        {
            console.Output.WriteLine(Json(explanation));
        }
        else
        {
            Text(explanation, console.Output);
        }

        return ExitCodes.Built;
    }

    /// <summary>The explanation as one JSON object: <c>explainVersion</c> first, then the fields of <see cref="IndicatorExplanation"/>.</summary>
    internal static string Json(IndicatorExplanation explanation)
    {
        var node = new JsonObject { ["explainVersion"] = JsonVersion };
        var shape = (JsonTypeInfo<IndicatorExplanation>)JsonOptions.GetTypeInfo(typeof(IndicatorExplanation));
        foreach (var (name, value) in JsonSerializer.SerializeToNode(explanation, shape)!.AsObject().ToList())
        {
            node[name] = value?.DeepClone();
        }

        return node.ToJsonString(JsonOptions);
    }

    private static void Text(IndicatorExplanation explanation, TextWriter output)
    {
        foreach (var step in explanation.Steps)
        {
            output.WriteLine(step);
        }

        if (explanation.Rows.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("rows used (* in the period):");
            var width = explanation.Rows.Max(row => (row.Source ?? "-").Length);
            foreach (var row in explanation.Rows)
            {
                var figure = row.Numerator is { } n && row.Denominator is { } d
                    ? $"{Number(n)}/{Number(d)}"
                    : row.Value is { } value ? Number(value) : string.Empty;
                output.WriteLine($"  {(row.Source ?? "-").PadRight(width)}  {(row.InPeriod ? '*' : ' ')} {row.Period,-10}  {figure}".TrimEnd());
            }
        }
    }

    private static string Number(decimal value) => value.ToString("#,0.##########", System.Globalization.CultureInfo.InvariantCulture);
}
