using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Extracts;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Projects;

/// <summary>
/// Reads one map entry of <c>data:</c>: its path and encoding, and for files that are not measures CSVs, their
/// <c>shape</c> (<c>wide</c> or <c>records</c>) and how it maps onto observations. See docs/extracts.md.
/// </summary>
internal sealed class DataEntryReader(ProblemList problems)
{
    private static readonly string[] Keys = ["path", "encoding", "shape", "columns", "indicator", "date_format", "categories", "bad_rows"];
    private static readonly string[] WideKeys = ["path", "encoding", "shape", "columns", "indicator"];
    private static readonly string[] RecordKeys = ["path", "encoding", "shape", "columns", "date_format", "categories", "bad_rows"];
    private static readonly string[] LongKeys = ["path", "encoding", "shape", "columns"];
    private static readonly string[] LongColumns = ["breakdown"];
    private static readonly string[] WideColumns = ["indicator", "year", "breakdown"];
    private static readonly string[] RecordColumns = ["date", "category", "breakdown"];

    private static readonly (string, DataShape)[] Shapes = [("long", DataShape.Long), ("wide", DataShape.Wide), ("records", DataShape.Records)];
    private static readonly (string, DataEncoding)[] EncodingNames = [("utf-8", DataEncoding.Utf8), ("windows-1252", DataEncoding.Windows1252)];
    private static readonly (string, bool)[] BadRowChoices = [("error", false), ("warn", true)];

    /// <summary>The entry's path node (null when missing, with an error), encoding and shape (null for a measures CSV).</summary>
    public (YamlNode? Path, DataEncoding Encoding, ShapeSpec? Shape) Read(YamlMapping mapping)
    {
        var entry = new YamlMap(mapping, "a data entry", Keys, problems);
        entry.CheckKeys();
        var encoding = entry.Choice("encoding", EncodingNames) ?? DataEncoding.Detect;
        var path = entry.Require("path", "name the CSV file, such as path: data/measures.csv");
        var chosen = entry.Choice("shape", Shapes);
        if (chosen is null && entry.Get("shape") is not null)
        {
            return (path, encoding, null);
        }

        var shape = chosen ?? DataShape.Long;
        CheckKeysOfShape(mapping, shape);
        var spec = shape switch
        {
            DataShape.Wide => (ShapeSpec?)ReadWide(entry),
            DataShape.Records => ReadRecords(entry),
            _ => ReadLong(entry),
        };
        return (path, encoding, spec);
    }

    private void CheckKeysOfShape(YamlMapping mapping, DataShape shape)
    {
        var allowed = shape switch
        {
            DataShape.Wide => WideKeys,
            DataShape.Records => RecordKeys,
            _ => LongKeys,
        };
        foreach (var entry in mapping.Entries.Where(e => Keys.Contains(e.Key.Value) && !allowed.Contains(e.Key.Value)))
        {
            var key = entry.Key.Value;
            var (owner, add) = (WideKeys.Contains(key) && key != "columns", RecordKeys.Contains(key) && key != "columns") switch
            {
                (true, false) => ("wide tables (shape: wide)", "shape: wide"),
                (false, true) => ("record-level extracts (shape: records)", "shape: records"),
                _ => ("wide tables and record-level extracts", "shape: wide or shape: records"),
            };
            problems.Error(entry.Key.Location, shape == DataShape.Long
                ? $"'{key}' is for {owner}; add {add}, or remove it"
                : $"'{key}' is for {owner}, not shape: {shape.ToString().ToLowerInvariant()}; remove it, or change the shape");
        }
    }

    /// <summary>A measures CSV's entry: a <see cref="LongSpec"/> when <c>columns: { breakdown: … }</c> names its breakdown column, else none.</summary>
    private LongSpec? ReadLong(YamlMap entry)
    {
        var columns = Columns(entry, "'columns' of a measures CSV", LongColumns);
        return columns.TryGetValue("breakdown", out var breakdown) ? new LongSpec(entry.Location, breakdown) : null;
    }

    private WideSpec ReadWide(YamlMap entry)
    {
        var columns = Columns(entry, "'columns' of a wide table", WideColumns);
        var indicatorNode = entry.Get("indicator");
        var indicator = entry.Text("indicator")?.Trim();
        if (indicator is not null && columns.TryGetValue("indicator", out var named))
        {
            problems.Error(named.Written!, "both 'indicator' (one indicator for every row) and 'columns: indicator' are given; keep one");
        }

        return new WideSpec(entry.Location, indicator, indicatorNode?.Location, Column(columns, "indicator"), Column(columns, "year"), Column(columns, "breakdown"));
    }

    private RecordSpec? ReadRecords(YamlMap entry)
    {
        var columns = Columns(entry, "'columns' of a record-level extract", RecordColumns);
        DatePattern? format = null;
        if (entry.Text("date_format") is { } text)
        {
            format = DatePattern.Parse(text, out var error);
            if (format is null)
            {
                problems.Error(entry.Get("date_format")!.Location, $"date_format '{text}': {error}");
            }
        }

        var categoriesNode = entry.Require("categories", "map each indicator id to the category it counts or the nodes it adds up, such as categories: { HOM: Homicide, VIOLENCE: { parts: [HOM, VWI] } }");
        var tree = categoriesNode is null ? null : CategoriesReader.Read(categoriesNode, problems);
        var warn = entry.Choice("bad_rows", BadRowChoices) ?? false;
        return tree is null ? null : new RecordSpec(entry.Location, Column(columns, "date"), Column(columns, "category"), Column(columns, "breakdown"), format, tree, warn);
    }

    private Dictionary<string, ColumnName> Columns(YamlMap entry, string subject, string[] roles)
    {
        var columns = new Dictionary<string, ColumnName>(StringComparer.Ordinal);
        if (entry.Map("columns") is not { } mapping)
        {
            return columns;
        }

        var map = new YamlMap(mapping, subject, roles, problems);
        map.CheckKeys();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in roles)
        {
            if (map.Text(role)?.Trim() is not { Length: > 0 } name)
            {
                continue;
            }

            var at = map.Get(role)!.Location;
            if (seen.TryGetValue(name, out var other))
            {
                problems.Error(at, $"the column '{name}' is named for both {other} and {role}; each role needs its own column");
                continue;
            }

            seen.Add(name, role);
            columns.Add(role, new ColumnName(name, at));
        }

        return columns;
    }

    private static ColumnName Column(Dictionary<string, ColumnName> columns, string role) =>
        columns.TryGetValue(role, out var named) ? named : new ColumnName(role, null);
}
