namespace ReportGen.Composition;

/// <summary>
/// How many times composition has passed over an indicator the edition left out (a block naming a restricted
/// indicator by id in the public edition): a block that then shows nothing was emptied by the edition, and the
/// heading over it should go too (<see cref="WithheldHeadings"/>).
/// </summary>
internal sealed class PassedOver
{
    /// <summary>The indicators passed over so far.</summary>
    public int Count { get; private set; }

    /// <summary>Counts one more.</summary>
    public void Add() => Count++;
}
