using ReportGen.Core.Results;

namespace ReportGen.Pipeline.Stages;

/// <summary>What stage 4 gives: the figures every output shows, protected and filtered for the edition.</summary>
/// <param name="Results">The results of every indicator the edition shows.</param>
/// <param name="Edition">The edition built, with the indicators it leaves out.</param>
internal sealed record Calculated(ReportResults Results, BuildEdition Edition);
