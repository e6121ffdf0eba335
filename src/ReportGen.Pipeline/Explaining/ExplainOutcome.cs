using ReportGen.Core.Diagnostics;

namespace ReportGen.Pipeline.Explaining;

/// <summary>What <see cref="Explainer.Explain"/> gives: the explanation, or why there is none.</summary>
/// <param name="Status"><see cref="BuildStatus.Built"/> with an explanation; <see cref="BuildStatus.BadRequest"/> for an unknown id or period (exit code 2); <see cref="BuildStatus.Failed"/> when the project cannot be read.</param>
/// <param name="Problems">What reading and calculating the project found, warnings included.</param>
/// <param name="Explanation">The explanation, with <see cref="BuildStatus.Built"/>.</param>
public sealed record ExplainOutcome(BuildStatus Status, IReadOnlyList<Problem> Problems, IndicatorExplanation? Explanation);
