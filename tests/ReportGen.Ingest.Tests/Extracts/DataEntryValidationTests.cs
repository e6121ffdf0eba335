namespace ReportGen.Ingest.Tests.Extracts;

/// <summary>
/// The checks on a wide or record-level entry of <c>data:</c>, each a problem at its place in reportgen.yaml. The
/// project file's line 3 is the entry's <c>- path:</c>.
/// </summary>
public sealed class DataEntryValidationTests
{
    private static string[] Problems(string entry)
    {
        using var project = new ExtractProject().File("data/c.csv", "date,category\n").Data("  - path: data/c.csv\n" + entry);
        return project.ProjectProblems();
    }

    private const string Records = "    shape: records\n";

    [TestCase("    date_fromat: dd/MM/yyyy\n", "reportgen.yaml:4:5: 'date_fromat' is not a key of a data entry; did you mean 'date_format'?")] // a typo
    [TestCase("    shape: record\n    categories: { A: a }\n", "reportgen.yaml:4:12: 'shape' is 'record'; write 'long', 'wide' or 'records'; did you mean 'records'?")] // a shape one letter off
    [TestCase("    categories: { A: a }\n", "reportgen.yaml:4:5: 'categories' is for record-level extracts (shape: records); add shape: records, or remove it")] // the shape left out
    [TestCase(Records + "    indicator: X\n    categories: { A: a }\n", "reportgen.yaml:5:5: 'indicator' is for wide tables (shape: wide), not shape: records; remove it, or change the shape")] // a wide table's key
    [TestCase(Records + "    columns: { dates: d }\n    categories: { A: a }\n", "reportgen.yaml:5:16: 'dates' is not a key of 'columns' of a record-level extract; did you mean 'date'?")] // a role one letter off
    [TestCase(Records + "    columns: { date: d, category: D }\n    categories: { A: a }\n", "reportgen.yaml:5:35: the column 'D' is named for both date and category; each role needs its own column")] // two roles, one column (names ignore case)
    [TestCase(Records, "reportgen.yaml:3:5: 'categories' is missing; map each indicator id to the category it counts or the nodes it adds up, such as categories: { HOM: Homicide, VIOLENCE: { parts: [HOM, VWI] } }")] // no hierarchy
    [TestCase(Records + "    date_format: dd/mm/yyyy\n    categories: { A: a }\n", "reportgen.yaml:5:18: date_format 'dd/mm/yyyy': 'mm' means minutes; the month is M, MM or MMM (capital M)")] // minutes for months
    [TestCase(Records + "    bad_rows: skip\n    categories: { A: a }\n", "reportgen.yaml:5:15: 'bad_rows' is 'skip'; write 'error' or 'warn'")] // bad_rows takes two words
    [TestCase("    shape: wide\n    indicator: X\n    columns: { indicator: Measure }\n", "reportgen.yaml:6:27: both 'indicator' (one indicator for every row) and 'columns: indicator' are given; keep one")] // a fixed and a column indicator
    public void An_entry_that_cannot_be_read_is_an_error_at_its_key(string entry, string expected) =>
        Assert.That(Problems(entry), Is.EqualTo(new[] { expected }));

    [TestCase("A: { parts: [B, C] }\n      B: b\n      C: { parts: [Bb] }", "reportgen.yaml:8:20: 'Bb' is not a node of 'categories'; did you mean 'B'?; list it as a node, such as Bb: Category name")] // a part one letter off
    [TestCase("A: { parts: [B] }\n      B: { parts: [C] }\n      C: { parts: [A] }", "reportgen.yaml:8:20: A is part of itself: A → B → C → A; a node's parts must be below it")] // a cycle
    [TestCase("A: { parts: [A] }", "reportgen.yaml:6:20: A is part of itself: A → A; a node's parts must be below it")] // a node its own part
    [TestCase("A: Homicide\n      B: [Rape, homicide ]", "reportgen.yaml:7:17: the category 'homicide' is mapped to A and to B (first at reportgen.yaml:6:10); map each category to one node, and add nodes up with parts")] // one category, two nodes (ignoring case and spaces)
    [TestCase("A: [Rape, Rape]", "reportgen.yaml:6:17: the category 'Rape' is mapped twice to A (first at reportgen.yaml:6:11); map each category to one node, and add nodes up with parts")] // one category twice in a node
    [TestCase("ALL: { parts: [V, H] }\n      V: { parts: [H] }\n      H: Homicide", "reportgen.yaml:6:7: ALL counts H twice, through V and through H; list each part once, below one branch")] // a subtotal counting a node twice
    [TestCase("A: { parts: [B, B] }\n      B: b", "reportgen.yaml:6:23: A lists 'B' twice; list each part once")] // a part listed twice
    [TestCase("A: { values: [] }", "reportgen.yaml:6:7: A counts nothing; give the category it counts (A: Homicide) or the nodes it adds up (A: { parts: [A, B] })")] // an empty node
    [TestCase("A: { value: a }", "reportgen.yaml:6:12: 'value' is not a key of the node A; did you mean 'values'?")] // a node key one letter off
    [TestCase("A B: a", "reportgen.yaml:6:7: 'A B' is not an indicator id; use letters, digits, - _ and . (starting with a letter or digit)")] // an id with a space
    [TestCase("A: [a, \" \"]", "reportgen.yaml:6:14: a blank in the categories of A; write the category as the extract has it, such as Homicide")] // a blank category
    public void A_hierarchy_that_cannot_count_is_an_error_where_it_goes_wrong(string nodes, string expected) =>
        Assert.That(Problems(Records + "    categories:\n      " + nodes + "\n"), Is.EqualTo(new[] { expected }));
}
