using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;
using ReportGen.Ingest.Measures;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// Turns a record-level entry's counts into measures rows: for each node of the hierarchy, a count for each month
/// that has records, for the whole and then for each breakdown group (in ordinal order of their names). A month
/// with no record at all is left out (no data, not a zero); a node with no record in a month that has some is 0.
/// </summary>
internal static class RecordObservations
{
    /// <summary>The rows of <paramref name="tally"/>, months placed in financial years starting in <paramref name="startMonth"/>.</summary>
    public static IEnumerable<MeasureRow> Rows(RecordTally tally, int startMonth)
    {
        var months = tally.Grid.Months.ToArray();
        var groups = tally.GroupsInOrder.ToArray();
        var nodes = tally.Spec.Categories.Nodes;
        for (var n = 0; n < nodes.Count; n++)
        {
            var fields = new SourceLocation?[Enum.GetValues<MeasureColumn>().Length];
            fields[(int)MeasureColumn.Indicator] = nodes[n].Location;
            foreach (var group in groups.Prepend(-1))
            {
                foreach (var month in months)
                {
                    var period = Period.ForMonth(new YearMonth(month / 12, (month % 12) + 1), startMonth);
                    var breakdown = group < 0 ? null : tally.Groups[group];
                    var observation = new Observation(nodes[n].Id, period, breakdown, tally.Count(n, month, group), null, null, null, null) { Source = tally.Spec.Location };
                    yield return new MeasureRow(observation, tally.Spec.Location, fields) { IsCount = true };
                }
            }
        }
    }
}
