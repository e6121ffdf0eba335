using System.Diagnostics;
using System.Globalization;
using System.Text;
using ReportGen.Ingest;
using ReportGen.Ingest.Extracts;

// reportgen-bench count PROJECT OUT.csv
// Counts the record-level extracts of PROJECT as a build does (ReportGen.Ingest's RecordCounting) and writes the
// counts of every leaf category (a node with one category value and no parts) by month and breakdown group, in the
// peers' shape: month,<group column>,<category column>,value, one row per non-zero count. Prints the figures the
// benchmark needs to standard error.
if (args.Length != 3 || args[0] != "count")
{
    Console.Error.WriteLine("usage: ReportGen.Bench count PROJECT OUT.csv");
    return 2;
}

var clock = Stopwatch.StartNew();
var project = ProjectLoader.Load(args[1]);
if (project.Value is null || project.HasErrors)
{
    project.Problems.ToList().ForEach(p => Console.Error.WriteLine(p));
    return 1;
}

var result = RecordCounting.Count(project.Value);
var seconds = clock.Elapsed.TotalSeconds;
foreach (var problem in result.Problems)
{
    Console.Error.WriteLine(problem);
}

if (result.HasErrors || result.Value is not { Count: 1 } tables)
{
    Console.Error.WriteLine("expected one record-level entry that counts without an error");
    return 1;
}

var table = tables[0];
using (var writer = new StreamWriter(args[2], false, new UTF8Encoding(false)))
{
    writer.Write("month,group,category,value\n");
    foreach (var category in table.Categories.Where(c => c.Parts.Count == 0 && c.Values.Count == 1))
    {
        foreach (var month in table.Months)
        {
            foreach (var group in table.Groups)
            {
                var count = table.Count(category.Id, month, group);
                if (count > 0)
                {
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"{month},{Quote(group)},{Quote(category.Values[0])},{count}\n"));
                }
            }
        }
    }
}

Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reportgen: {table.Rows} rows ({table.Counted} counted, {table.Unmapped} unmapped, {table.Uncounted} not counted) in {seconds:0.000} s"));
return 0;

static string Quote(string text) => text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal) ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
