using ReportGen.Core.Diagnostics;
using ReportGen.Pipeline.Output;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// An I/O failure at any point of writing the outputs (a full disk while a new file is staged, or while a temporary
/// file or a backup copy is written, a rename refused) leaves the complete old set or the complete new set, never a
/// mixture, no staging folder, temporary file or copy behind, and one problem line; whether the output folder is
/// swapped whole or, where it cannot be (stood in for by <see cref="OutputChecks.CannotSwap"/>), the outputs go one at
/// a time. A swap refused at any point of the staging changes nothing visible, and the outputs go one at a time.
/// </summary>
public sealed class AtomicOutputFaultTests
{
    /// <summary>Where the failure is injected.</summary>
    public enum Fault
    {
        /// <summary>The disk fills half-way through writing the file's new copy in the staging folder (the folder is swapped).</summary>
        WritingStaged,

        /// <summary>The disk fills half-way through writing the file's temporary copy (one at a time, from here on).</summary>
        WritingTemporary,

        /// <summary>Just before the file's target is backed up and replaced.</summary>
        BeforeReplacing,

        /// <summary>The disk fills half-way through copying the file's old target aside.</summary>
        CopyingOld,

        /// <summary>The rename of the file's temporary copy onto its target is refused.</summary>
        Renaming,
    }

    private static readonly string[] Names = ["a.pdf", "b.docx", "c.csv", "manifest.json"];

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var fault in Enum.GetValues<Fault>())
        {
            foreach (var lastIsNew in new[] { false, true })
            {
                for (var file = 1; file <= Names.Length; file++)
                {
                    // A file that did not exist before has no old copy to fail on.
                    if (!(fault == Fault.CopyingOld && lastIsNew && file == Names.Length))
                    {
                        yield return new TestCaseData(fault, file, lastIsNew);
                    }
                }
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void A_failure_at_any_point_of_the_write_leaves_the_old_set_or_the_new_set_and_nothing_else(Fault fault, int file, bool lastIsNew)
    {
        using var folder = new TempFolder();
        var targets = Names.Select(name => Path.Combine(folder.Path, name)).ToList();
        var old = lastIsNew ? targets.SkipLast(1).ToList() : targets;
        foreach (var target in old)
        {
            File.WriteAllText(target, $"last month's {Path.GetFileName(target)}, long enough to be cut in half");
        }

        var failing = targets[file - 1];
        var failed = false;
        void Fail(string target)
        {
            if (target == failing)
            {
                failed = true;
                throw new IOException("No space left on device");
            }
        }

        Stream Writing(string path, Stream stream)
        {
            var name = Path.GetFileName(path);
            var isOf = name.StartsWith($".{Path.GetFileName(failing)}.", StringComparison.Ordinal);
            var staged = name == Path.GetFileName(failing) && Path.GetDirectoryName(path)!.EndsWith(".stage", StringComparison.Ordinal);
            var fails = (fault == Fault.WritingStaged && staged)
                || (fault == Fault.WritingTemporary && isOf && name.EndsWith(".tmp", StringComparison.Ordinal))
                || (fault == Fault.CopyingOld && isOf && name.EndsWith(".bak", StringComparison.Ordinal));
            return fails ? new DiskFillsHalfWay(stream, () => failed = true) : stream;
        }

        var problems = new List<Problem>();
        var written = OutputWriter.WriteAll(
            targets.Select(t => new OutputFile(t, System.Text.Encoding.UTF8.GetBytes($"this month's {Path.GetFileName(t)}, long enough to be cut in half"))).ToList(),
            problems,
            beforeReplacing: fault == Fault.BeforeReplacing ? Fail : null,
            writing: Writing,
            renaming: fault == Fault.Renaming ? Fail : null,
            exchanging: fault == Fault.WritingStaged ? null : OutputChecks.CannotSwap);

        Assert.That(failed, Is.True, "the fault was injected");
        Assert.That(OutputChecks.Stages(folder.Path), Is.Empty, "no staging folder is left");
        Assert.That(written, Is.Empty);
        var problem = problems.Single().ToString();
        Assert.That(problem, Does.StartWith("reportgen: could not write the outputs (No space left on device)"));
        Assert.That(problem, Does.Not.Contain('\n').And.Not.Contain(" at "), "one line, no stack trace");

        var present = Directory.EnumerateFiles(folder.Path).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();
        var contents = present.Select(name => File.ReadAllText(Path.Combine(folder.Path, name))).ToList();
        var wasOld = present.SequenceEqual(old.Select(t => Path.GetFileName(t)!).Order(StringComparer.Ordinal)) && contents.All(c => c.StartsWith("last month's ", StringComparison.Ordinal));
        var isNew = present.SequenceEqual(Names.Order(StringComparer.Ordinal)) && contents.All(c => c.StartsWith("this month's ", StringComparison.Ordinal));
        Assert.That(wasOld || isNew, Is.True, $"the folder holds one whole set, old or new, and nothing else: {string.Join(", ", present)}");
        Assert.That(contents.All(c => c.EndsWith("cut in half", StringComparison.Ordinal)), Is.True, "every file is whole");
    }

    [TestCase(false)]
    [TestCase(true)]
    public void A_failure_while_putting_the_old_files_back_says_where_they_are_and_never_loses_both(bool keepingFailsToo)
    {
        using var folder = new TempFolder();
        var targets = Names.Select(name => Path.Combine(folder.Path, name)).ToList();
        foreach (var target in targets)
        {
            File.WriteAllText(target, $"last month's {Path.GetFileName(target)}");
        }

        // The third rename is refused; putting back the first two outputs' copies fails too (and, in the second case,
        // so does keeping them under a name no build removes).
        var problems = new List<Problem>();
        var written = OutputWriter.WriteAll(
            targets.Select(t => new OutputFile(t, System.Text.Encoding.UTF8.GetBytes($"this month's {Path.GetFileName(t)}"))).ToList(),
            problems,
            renaming: target =>
            {
                if (target == targets[2])
                {
                    throw new IOException("Permission denied");
                }
            },
            restoring: (_, to) =>
            {
                if (to == targets[0] || to == targets[1] || keepingFailsToo)
                {
                    throw new IOException("Input/output error");
                }
            },
            exchanging: OutputChecks.CannotSwap);

        Assert.That(written, Is.Empty);
        var problem = problems.Single().ToString();
        Assert.That(problem, Does.Not.Contain('\n').And.Not.Contain(" at "), "one line, no stack trace");
        Assert.That(problem, Does.StartWith("reportgen: could not write the outputs (Permission denied)"));
        var files = Directory.EnumerateFiles(folder.Path).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllText);
        foreach (var name in Names.Take(2))
        {
            // The new file stands in the target's place (whole), and the old one is where the problem says.
            Assert.That(files[name], Is.EqualTo($"this month's {name}"));
            var kept = files.Single(f => f.Value == $"last month's {name}").Key;
            Assert.That(kept, keepingFailsToo ? Does.Match($@"^\.{name.Replace(".", "\\.", StringComparison.Ordinal)}\.[0-9]+-[0-9]+-[0-9a-f]{{8}}\.bak$") : Does.StartWith($"{name}.previous-"));
            Assert.That(problem, Does.Contain($"the previous '{Path.Combine(folder.Path, name)}' could not be put back (Input/output error): it is kept as '{Path.Combine(folder.Path, kept)}'"));
        }

        Assert.That(problem, keepingFailsToo ? Does.Contain("the next build removes it") : Does.Not.Contain("the next build removes it"));

        // The output whose rename was refused, and the one after it, were never touched.
        Assert.That(files["c.csv"], Is.EqualTo("last month's c.csv"));
        Assert.That(files["manifest.json"], Is.EqualTo("last month's manifest.json"));
        Assert.That(files.Keys.Where(k => k.EndsWith(".tmp", StringComparison.Ordinal)), Is.Empty, "no temporary file is left");
        Assert.That(files, Has.Count.EqualTo(Names.Length + 2), "nothing else is left");
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void A_swap_refused_at_any_point_of_the_staging_changes_nothing_and_the_outputs_go_one_at_a_time(int refused)
    {
        using var folder = new TempFolder();
        var targets = Names.Select(name => Path.Combine(folder.Path, name)).ToList();
        targets.ForEach(target => File.WriteAllText(target, $"last month's {Path.GetFileName(target)}"));
        var mine = Path.Combine(folder.Path, "mine");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "notes.txt"), "my notes");
        File.WriteAllText(Path.Combine(folder.Path, "read-me.txt"), "read me");

        // Each of the three entries mirrored into the staging folder in turn is refused (a hard link the file system
        // will not make), or, past the last, the swap itself is.
        var made = 0;
        var changes = new List<IReadOnlyList<string>>();
        var before = FolderSnapshot.Of(folder.Path);
        var told = new OutputChecks.Told();
        var problems = new List<Problem>();
        var written = OutputWriter.WriteAll(
            targets.Select(t => new OutputFile(t, System.Text.Encoding.UTF8.GetBytes($"this month's {Path.GetFileName(t)}"))).ToList(),
            problems,
            beforeReplacing: _ => changes.Add([.. FolderSnapshot.Of(folder.Path).ChangesSince(before).Where(c => !c.EndsWith(".tmp", StringComparison.Ordinal))]),
            staging: _ =>
            {
                if (made++ == refused)
                {
                    throw new IOException("Operation not permitted");
                }
            },
            exchanging: refused >= 3 ? OutputChecks.CannotSwap : null,
            progress: told);

        Assert.That(problems, Is.Empty);
        Assert.That(written, Has.Count.EqualTo(Names.Length));
        Assert.That(made, Is.EqualTo(Math.Min(refused + 1, 3)), "the refusal was injected");
        Assert.That(changes[0], Is.Empty, "nothing had changed (but the temporary files) when the first output was replaced");
        Assert.That(told.Lines.Single(), Does.StartWith("putting the outputs in place one file at a time: ").And.Contain(refused >= 3 ? "Invalid argument" : "Operation not permitted"));
        Assert.That(Names.Select(name => File.ReadAllText(Path.Combine(folder.Path, name))), Is.EqualTo(Names.Select(name => $"this month's {name}")));
        Assert.That(File.ReadAllText(Path.Combine(mine, "notes.txt")), Is.EqualTo("my notes"));
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "read-me.txt")), Is.EqualTo("read me"));
        Assert.That(Directory.EnumerateFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories).Count(), Is.EqualTo(Names.Length + 3), "nothing else");
        Assert.That(OutputChecks.Stages(folder.Path), Is.Empty, "the staging folder is gone");
    }

    /// <summary>A stream that writes half of what it is given, then fails as a full disk does.</summary>
    private sealed class DiskFillsHalfWay(Stream inner, Action failing) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count / 2);
            inner.Flush();
            failing();
            throw new IOException("No space left on device");
        }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
