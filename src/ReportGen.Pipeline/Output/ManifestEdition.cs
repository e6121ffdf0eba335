using ReportGen.Pipeline.Stages;

namespace ReportGen.Pipeline.Output;

/// <summary>
/// The edition as the manifest records it: its name, its marking, and how many restricted items it left out
/// (indicators, commentary, template sections and blocks), which is all the public edition says about them.
/// </summary>
/// <param name="Edition">The edition built.</param>
/// <param name="LeftOutIndicators">The ids of the indicators left out; the manifest lists none of them.</param>
/// <param name="OtherItemsLeftOut">The commentary and template parts left out.</param>
internal sealed record ManifestEdition(BuildEdition Edition, IReadOnlySet<string> LeftOutIndicators, int OtherItemsLeftOut)
{
    /// <summary>How many restricted items the edition left out.</summary>
    public int ItemsLeftOut => LeftOutIndicators.Count + OtherItemsLeftOut;
}
