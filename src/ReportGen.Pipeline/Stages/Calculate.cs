using ReportGen.Core.Calculation;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Periods;

namespace ReportGen.Pipeline.Stages;

/// <summary>
/// Stage 4: every indicator's figures for the period, then disclosure control and the edition. Both come between the
/// calculation and everything composed or written from it, so that every output shows the same figures
/// (docs/disclosure.md).
/// </summary>
internal static class Calculate
{
    public static Calculated Run(ProjectInputs inputs, Period period, BuildEdition edition, List<Problem> problems)
    {
        var leftOut = EditionFilter.LeftOut(inputs.Definitions, edition.Kind);
        edition = edition with { LeftOut = leftOut };
        var calculated = ReportCalculator.Calculate(inputs.Definitions, inputs.Observations, period);
        var protectedResults = DisclosureControl.Apply(calculated, edition.Rules(inputs.Project), leftOut);
        problems.AddRange(protectedResults.Warnings);
        return new Calculated(EditionFilter.For(protectedResults, edition.Kind), edition);
    }
}
