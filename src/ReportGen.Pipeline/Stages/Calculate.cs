using ReportGen.Core.Calculation;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

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
        var definitions = inputs.Definitions;
        ReportResults protectedResults;
        try
        {
            protectedResults = Protect(definitions);
        }
        catch (OverflowException)
        {
            // The data checks keep figures far below decimal's limit; should a sum or rate still overflow, it is the
            // data's doing: name the indicators, at the data file, and work out the rest.
            var tooLarge = definitions.Where(d => Overflows(() => Protect([d]))).ToList();
            var at = new SourceLocation(inputs.DataRows.Count > 0 ? inputs.Project.DisplayPath(inputs.DataRows[0].Path) : inputs.Project.DisplayPath(inputs.Project.FilePath));
            foreach (var definition in tooLarge.Count > 0 ? tooLarge : definitions)
            {
                problems.Add(Problem.Error(at, $"{definition.Id}: its figures are too large to work with (a sum or rate goes beyond 28 digits); check its values"));
            }

            definitions = [.. definitions.Except(tooLarge)];
            protectedResults = tooLarge.Count > 0 ? Protect(definitions) : Protect([]);
        }

        problems.AddRange(protectedResults.Warnings);
        return new Calculated(EditionFilter.For(protectedResults, edition.Kind), edition);

        ReportResults Protect(IReadOnlyList<IndicatorDefinition> chosen) =>
            DisclosureControl.Apply(ReportCalculator.Calculate(chosen, inputs.Observations, period), edition.Rules(inputs.Project), leftOut);
    }

    private static bool Overflows(Action work)
    {
        try
        {
            work();
            return false;
        }
        catch (OverflowException)
        {
            return true;
        }
    }
}
