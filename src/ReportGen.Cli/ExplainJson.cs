using System.Text.Json.Serialization;
using ReportGen.Pipeline.Explaining;

namespace ReportGen.Cli;

/// <summary>The JSON shape of <c>reportgen explain --json</c>, generated at compile time.</summary>
[JsonSerializable(typeof(IndicatorExplanation))]
internal sealed partial class ExplainJson : JsonSerializerContext;
