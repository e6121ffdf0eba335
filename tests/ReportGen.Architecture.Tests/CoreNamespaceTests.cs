using System.Text.RegularExpressions;

namespace ReportGen.Architecture.Tests;

/// <summary>
/// The calculation core's namespaces, read from the sources of <c>src/ReportGen.Core</c> (folder = namespace).
/// They are layered, listed here from the bottom: each uses only namespaces listed before it, none of its own line.
/// The tests below hold the namespaces to having no cycle (of any length); this layering is the one that follows.
/// <code>
/// ReportGen.Core (Rounding), Periods, Diagnostics   months, periods, financial years; problems and where they are
///   -> Indicators    definitions and every setting they carry (targets, tolerance, RAG rules and bands, SPC,
///                    rank, gap and survey settings) and the value types they speak in (Rag, Unit, Polarity)
///   -> Data          observations (the measures' rows) and Aggregate, a figure over a span of them
///   -> Spc, Analytics  the analyses: pure functions from settings and figures to their own result records
///                    (SpcResult; PeerRank, EqualityGap, SurveyResult, YearEndForecast)
///   -> Results       IndicatorResult and the report's summaries, which hold the analyses' records
///   -> Calculation   orchestrates: observations and definitions into results, running each analysis
///                    (IndicatorSpc, IndicatorAnalytics) on an indicator's series and result
///   -> Disclosure    suppression and editions, applied to the results
/// </code>
/// A namespace's dependencies are its files' <c>using ReportGen.Core.X</c> lines (plain, static or aliased) and
/// their mentions of a type by namespace (<c>ReportGen.Core.X.Type</c>, or <c>X.Type</c> for a type declared in
/// <c>X</c>), doc comments included, since a <c>cref</c> is a dependency too; the root namespace's types
/// (<c>Rounding</c>) are visible without a using, so a mention of one by name counts.
/// </summary>
public sealed partial class CoreNamespaceTests
{
    private const string Root = "ReportGen.Core";

    private static readonly string CoreFolder = Path.Join(RepositoryFiles.Root, "src", "ReportGen.Core");

    private static readonly Lazy<IReadOnlyList<CoreFile>> Files = new(ReadFiles);

    [Test]
    public void The_core_namespaces_are_read()
    {
        var namespaces = Files.Value.Select(f => f.Namespace).ToHashSet(StringComparer.Ordinal);
        Assert.That(namespaces, Is.SupersetOf(new[] { Root, $"{Root}.Indicators", $"{Root}.Calculation", $"{Root}.Results" }));
        Assert.That(Edges(), Does.ContainKey(($"{Root}.Calculation", $"{Root}.Results")), "the scanner sees no dependencies at all");
    }

    [Test]
    public void The_core_namespaces_form_no_cycle()
    {
        var edges = Edges();
        var cycles = Cycles(edges).Select(cycle => Describe(cycle, edges)).ToList();
        Assert.That(cycles, Is.Empty, "Core's namespaces must form a layering (see the comment on CoreNamespaceTests); cycles:\n" + string.Join("\n", cycles));
    }

    [Test]
    public void The_core_uses_no_other_ReportGen_namespace()
    {
        var offences = Files.Value
            .SelectMany(f => OtherReportGen().Matches(f.Text).Select(m => $"{f.Path}: {m.Value}"))
            .ToList();
        Assert.That(offences, Is.Empty, "ReportGen.Core is the bottom room: it uses the base class library only");
    }

    /// <summary>
    /// The core is pure: no files, no clock, no current culture (InvariantGlobalization is on, and the build takes
    /// its dates and culture from its inputs). Checked on the current code, which mentions none of these; System.IO
    /// is an implicit global using, so its types are looked for by name as well as the namespace.
    /// </summary>
    [TestCase(@"\bSystem\.IO\b", "System.IO")]
    [TestCase(@"(?<![\w.])(File|Directory|Path)\.[A-Z]|\b(FileInfo|DirectoryInfo|FileStream|StreamReader|StreamWriter|TextReader|TextWriter)\b", "file access")]
    [TestCase(@"\bDateTime(Offset)?\.(Now|UtcNow|Today)\b", "DateTime.Now")]
    [TestCase(@"\bCultureInfo\.Current(UI)?Culture\b", "CultureInfo.CurrentCulture")]
    public void The_core_is_pure(string pattern, string what)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant);
        var offences = Files.Value
            .SelectMany(f => f.Text.Split('\n').Select((line, i) => (f.Path, Line: i + 1, Text: line)))
            .Where(l => regex.IsMatch(l.Text))
            .Select(l => $"{l.Path}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.That(offences, Is.Empty, $"the calculation core uses no {what}");
    }

    /// <summary>Each dependency between two Core namespaces, with the files (relative to the core) that make it.</summary>
    private static Dictionary<(string From, string To), SortedSet<string>> Edges()
    {
        var declared = Files.Value
            .SelectMany(f => TypeDeclaration().Matches(f.Text).Select(m => (f.Namespace, Type: m.Groups["type"].Value)))
            .ToLookup(d => d.Namespace, d => d.Type, StringComparer.Ordinal);
        var known = Files.Value.Select(f => f.Namespace).ToHashSet(StringComparer.Ordinal);
        var edges = new Dictionary<(string, string), SortedSet<string>>();
        foreach (var file in Files.Value)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            used.UnionWith(UsingCore().Matches(file.Text).Select(m => $"{Root}.{m.Groups["ns"].Value}"));
            // ReportGen.Core.X.Type for a namespace X, or ReportGen.Core.Type.Member for a type of the root namespace.
            used.UnionWith(QualifiedCore().Matches(file.Text).Select(m => $"{Root}.{m.Groups["ns"].Value}").Select(ns => known.Contains(ns) ? ns : Root));
            foreach (var group in declared)
            {
                var segment = group.Key == Root ? null : group.Key[(Root.Length + 1)..];
                var types = string.Join('|', group.Select(Regex.Escape));
                var mention = segment is null ? $@"(?<![\w.])({types})\b" : $@"(?<![\w.]){Regex.Escape(segment)}\.({types})\b";
                if (Regex.IsMatch(file.Text, mention, RegexOptions.CultureInvariant))
                {
                    used.Add(group.Key);
                }
            }

            foreach (var to in used.Where(to => to != file.Namespace))
            {
                if (!edges.TryGetValue((file.Namespace, to), out var files))
                {
                    edges[(file.Namespace, to)] = files = new SortedSet<string>(StringComparer.Ordinal);
                }

                files.Add(file.Path);
            }
        }

        return edges;
    }

    /// <summary>
    /// Every dependency that lies on a cycle (of any length), each with the shortest cycle it lies on, so that the
    /// message names every edge that has to go; a cycle found from two of its edges is named once.
    /// </summary>
    private static List<List<string>> Cycles(Dictionary<(string From, string To), SortedSet<string>> edges)
    {
        var next = edges.Keys.ToLookup(e => e.From, e => e.To, StringComparer.Ordinal);
        var cycles = new List<List<string>>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (from, to) in edges.Keys.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal))
        {
            if (PathBetween(to, from, next) is not { } back)
            {
                continue;
            }

            // from -> to -> ... -> from, turned to start at its first namespace in order, so each cycle is named once.
            var ring = new List<string> { from };
            ring.AddRange(back.SkipLast(1));
            var first = ring.IndexOf(ring.Order(StringComparer.Ordinal).First());
            var cycle = ring.Skip(first).Concat(ring.Take(first)).ToList();
            cycle.Add(cycle[0]);
            if (named.Add(string.Join(" ", cycle)))
            {
                cycles.Add(cycle);
            }
        }

        return cycles;
    }

    /// <summary>The shortest path from <paramref name="start"/> to <paramref name="goal"/> (both included), breadth first.</summary>
    private static List<string>? PathBetween(string start, string goal, ILookup<string, string> next)
    {
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal) { [start] = start };
        var queue = new Queue<string>([start]);
        while (queue.Count > 0 && !cameFrom.ContainsKey(goal))
        {
            var node = queue.Dequeue();
            foreach (var to in next[node].Order(StringComparer.Ordinal).Where(to => !cameFrom.ContainsKey(to)))
            {
                cameFrom[to] = node;
                queue.Enqueue(to);
            }
        }

        if (!cameFrom.ContainsKey(goal))
        {
            return null;
        }

        var path = new List<string> { goal };
        while (path[0] != start)
        {
            path.Insert(0, cameFrom[path[0]]);
        }

        return path;
    }

    private static string Describe(List<string> cycle, Dictionary<(string From, string To), SortedSet<string>> edges)
    {
        var steps = cycle.Zip(cycle.Skip(1), (from, to) => $"  {Short(from)} -> {Short(to)}: {string.Join(", ", edges[(from, to)])}");
        return string.Join(" -> ", cycle.Select(Short)) + "\n" + string.Join("\n", steps);
    }

    private static string Short(string ns) => ns == Root ? Root : ns[(Root.Length + 1)..];

    private static List<CoreFile> ReadFiles()
    {
        var files = new List<CoreFile>();
        foreach (var path in Directory.EnumerateFiles(CoreFolder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(CoreFolder, path).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(path);
            var declaration = NamespaceDeclaration().Match(text);
            Assert.That(declaration.Success, Is.True, $"{relative} declares no namespace");
            files.Add(new CoreFile(relative, declaration.Groups["ns"].Value, text));
        }

        return files;
    }

    private sealed record CoreFile(string Path, string Namespace, string Text);

    [GeneratedRegex(@"^namespace\s+(?<ns>[\w.]+)\s*;", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"^\s*(global\s+)?using\s+(static\s+)?(\w+\s*=\s*)?ReportGen\.Core\.(?<ns>\w+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex UsingCore();

    [GeneratedRegex(@"\bReportGen\.Core\.(?<ns>\w+)\.", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedCore();

    [GeneratedRegex(@"\bReportGen\.(?!Core\b)\w+", RegexOptions.CultureInvariant)]
    private static partial Regex OtherReportGen();

    [GeneratedRegex(@"^(public|internal)\s+(\w+\s+)*(class|record|struct|enum|interface)\s+(?<type>\w+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TypeDeclaration();
}
