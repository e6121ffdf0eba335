using System.Text;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// Damages a project's input files at random, the ways real files get damaged: bytes flipped, inserted or cut;
/// lines dropped, doubled or swapped; a CSV cell or a YAML value replaced with something hostile; Markdown
/// headings scrambled. Seeded, so a failing mutation can be replayed.
/// </summary>
internal sealed class InputMutator(Random random)
{
    private static readonly string[] Files = ["reportgen.yaml", "indicators/safe.yaml", "data/measures.csv", "commentary/2016-17-Q3.md"];

    /// <summary>Values that have broken parsers before: empty, huge, negative, not numbers, quotes, formulas, tags, periods that are not.</summary>
    private static readonly string[] Hostile =
    [
        "", " ", "-1", "0", "-0", "1e400", "79228162514264337593543950336", "0.0000000000000000000000000001", "NaN", "∞",
        "\"", "\"\"", "'", ",", ",,,", "=1+1", "@SUM(A1)", "\t", "\r", "\n", "\u0000", "\uFEFF", "é", "🙂", "null", "~",
        "[", "]", "{", "}", "*a", "&a", "!!python/object:os.system", "!System.IO.File", "? x", "- -", "|", ">",
        "2016/17 Q5", "2016-13", "2016/18", "1999/00 Q1", "9999-12", "0000-01", "Q3", "2016/17", "2016-10",
        "100%", "13,143", "1,2,3", "(1)", "£4.3m", "Green", "Purple", "ytd", "period", "band", "tolerance",
        "CSP1", "CSP9", "../../etc/passwd", "/etc/passwd", "C:\\x", "data/", "out/", "corporate-performance",
    ];

    /// <summary>Mutates one file of the project at <paramref name="project"/> and says what it did.</summary>
    public string Mutate(string project)
    {
        var relative = Files[random.Next(Files.Length)];
        var path = Path.Combine(project, relative);
        var bytes = File.ReadAllBytes(path);
        var (mutated, what) = random.Next(4) switch
        {
            0 => Bytes(bytes),
            1 => Lines(bytes),
            2 when relative.EndsWith(".csv", StringComparison.Ordinal) => Cell(bytes),
            2 when relative.EndsWith(".md", StringComparison.Ordinal) => Heading(bytes),
            2 => Value(bytes),
            _ => Value(bytes),
        };
        File.WriteAllBytes(path, mutated);
        return $"{relative}: {what}";
    }

    private (byte[], string) Bytes(byte[] bytes)
    {
        var list = bytes.ToList();
        var at = random.Next(list.Count + 1);
        switch (random.Next(3))
        {
            case 0 when list.Count > 0:
                at = Math.Min(at, list.Count - 1);
                var old = list[at];
                list[at] = (byte)random.Next(256);
                return ([.. list], $"byte {at} 0x{old:X2} -> 0x{list[at]:X2}");
            case 1:
                var inserted = new byte[random.Next(1, 4)];
                random.NextBytes(inserted);
                list.InsertRange(at, inserted);
                return ([.. list], $"inserted {Convert.ToHexString(inserted)} at byte {at}");
            default:
                var count = Math.Min(random.Next(1, 16), list.Count - Math.Min(at, list.Count));
                list.RemoveRange(Math.Min(at, list.Count), count);
                return ([.. list], $"cut {count} bytes at {at}");
        }
    }

    private (byte[], string) Lines(byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var at = random.Next(lines.Count);
        switch (random.Next(4))
        {
            case 0:
                lines.RemoveAt(at);
                return (Join(lines), $"dropped line {at + 1}");
            case 1:
                lines.Insert(at, lines[at]);
                return (Join(lines), $"doubled line {at + 1}");
            case 2:
                var other = random.Next(lines.Count);
                (lines[at], lines[other]) = (lines[other], lines[at]);
                return (Join(lines), $"swapped lines {at + 1} and {other + 1}");
            default:
                lines.RemoveRange(at, lines.Count - at);
                return (Join(lines), $"truncated after line {at}");
        }
    }

    private (byte[], string) Cell(byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var at = random.Next(lines.Count);
        var cells = lines[at].Split(',').ToList();
        var cell = random.Next(cells.Count);
        var value = Hostile[random.Next(Hostile.Length)];
        cells[cell] = value;
        lines[at] = string.Join(',', cells);
        return (Join(lines), $"line {at + 1} cell {cell + 1} = {Show(value)}");
    }

    private (byte[], string) Value(byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var candidates = Enumerable.Range(0, lines.Count).Where(i => lines[i].Contains(':', StringComparison.Ordinal)).ToList();
        if (candidates.Count == 0)
        {
            return Lines(bytes);
        }

        var at = candidates[random.Next(candidates.Count)];
        var colon = lines[at].IndexOf(':', StringComparison.Ordinal);
        var value = Hostile[random.Next(Hostile.Length)];
        lines[at] = random.Next(2) == 0 ? lines[at][..(colon + 1)] + " " + value : value + lines[at][colon..];
        return (Join(lines), $"line {at + 1} {(lines[at].StartsWith(value, StringComparison.Ordinal) ? "key" : "value")} = {Show(value)}");
    }

    private (byte[], string) Heading(byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var at = random.Next(lines.Count);
        string[] headings = ["# CSP1", "# CSP9", "## Corrective action", "## Highlight", "#", "# ", "####### deep", "# Summary", "## ", "---", "```"];
        var heading = headings[random.Next(headings.Length)];
        lines.Insert(at, heading);
        return (Join(lines), $"inserted '{heading}' at line {at + 1}");
    }

    private static byte[] Join(List<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));

    private static string Show(string value) => string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
