using System.Diagnostics;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// A disk that is really full, not a simulated one: the project and its output folder live on a small tmpfs
/// mounted for the test, filled to a chosen number of free bytes before each build, so that the kernel's own
/// "No space left on device" (ENOSPC) strikes while the new files are staged (the folder swapped whole), or, where the
/// folder cannot be swapped (a named pipe in it), while the temporary files are written and while the old outputs are
/// copied aside, or not at all. Each failed build prints one problem line and exits 1, leaves the previous
/// outputs byte for byte as they were and no staging folder, temporary file or partial copy under any name; with room
/// enough the same build succeeds. Mounting needs root (or CAP_SYS_ADMIN); where it is refused the test says so and stops,
/// and <see cref="AtomicOutputFaultTests"/>, which throws the same IOException at every write and rename, covers
/// the same points of the write.
/// </summary>
[NonParallelizable]
public sealed class FullDiskTests
{
    [TestCase(false)]
    [TestCase(true)]
    public void A_really_full_disk_at_any_step_leaves_the_previous_pack_and_no_partial_file(bool oneAtATime)
    {
        using var folder = new TempFolder();
        var disk = Path.Combine(folder.Path, "disk");
        Directory.CreateDirectory(disk);
        var (mounted, why) = Run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", disk);
        if (!mounted)
        {
            // Never a silent skip: a machine where the test cannot make its full disk fails it, saying why.
            Assert.Fail($"a 16 MB tmpfs cannot be mounted here ({why.Trim()}): this test needs root, as ./test.sh's installs do; "
                + "run it as root (AtomicOutputFaultTests injects the same failure without a real disk)");
        }

        try
        {
            var project = Path.Combine(disk, "havering");
            BadInputCase.CopyFolder(folder.CopyOf("havering"), project);
            var output = Path.Combine(project, "out");
            if (oneAtATime)
            {
                // A named pipe in the output folder: it cannot be mirrored, so the outputs go one at a time.
                Directory.CreateDirectory(output);
                Assert.That(Run("mkfifo", Path.Combine(output, "pipe")).Succeeded, Is.True);
            }

            // This quarter's pack as it should be (and its size), then last quarter's, the pack in place when the disk fills.
            Assert.That(CommandLine.Run(["build", "--quarter", "Q3", "--project", project]).ExitCode, Is.Zero);
            var newSet = FolderSnapshot.Of(output);
            var newSize = Directory.EnumerateFiles(output).Sum(f => new FileInfo(f).Length);
            var way = oneAtATime ? "putting the outputs in place one file at a time" : "put the outputs in place by swapping";
            Assert.That(CommandLine.Run(["build", "--quarter", "Q3", "--project", project, "--verbose"]).Error, Does.Contain(way));
            Assert.That(CommandLine.Run(["build", "--quarter", "Q2", "--project", project]).ExitCode, Is.Zero);
            var oldSet = FolderSnapshot.Of(output);
            var oldSize = Directory.EnumerateFiles(output).Sum(f => new FileInfo(f).Length);
            Assert.That(newSet.ChangesSince(oldSet), Is.Not.Empty, "the two quarters' packs differ");

            // From no room at all, three pages more each time, until the build succeeds: the disk fills while
            // the first new file is written, while a later one is, and, one at a time (once all the temporaries fit),
            // while an old output is copied aside. Swapped, the build needs room for the new pack alone.
            var filler = Path.Combine(disk, "filler");
            var failedAt = new List<string>();
            for (var room = 0L; ; room += 3 * 4096)
            {
                Assert.That(room, Is.LessThan(newSize + (oneAtATime ? oldSize : 0) + (64 * 1024)), oneAtATime ? "with room for both packs the build succeeds" : "with room for the new pack the build succeeds");
                Fill(filler, room);
                var (code, _, error) = CommandLine.Run(["build", "--quarter", "Q3", "--project", project]);
                File.Delete(filler);
                if (code == 0)
                {
                    Assert.That(FolderSnapshot.Of(output).ChangesSince(newSet), Is.Empty, "this quarter's whole pack, and nothing else");
                    break;
                }

                var context = $"{room} bytes free of {newSize} new and {oldSize} old: {error}";
                Assert.That(code, Is.EqualTo(1), context);
                var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.That(lines.Count(l => l.Contains("could not write the outputs", StringComparison.Ordinal)), Is.EqualTo(1), context);
                Assert.That(error, Does.Contain("No space left on device").And.Not.Contain("internal error").And.Not.Contain("   at "), context);
                Assert.That(FolderSnapshot.Of(output).ChangesSince(oldSet), Is.Empty, $"the previous pack is untouched and nothing is left in the folder; {context}");
                Assert.That(OutputChecks.Stages(output), Is.Empty, $"nor beside it; {context}");
                failedAt.Add(error);
            }

            if (oneAtATime)
            {
                Assert.That(failedAt.Count(e => e.Contains(".tmp'", StringComparison.Ordinal)), Is.Positive, "the disk filled while the temporary files were written");
                Assert.That(failedAt.Count(e => e.Contains(".bak'", StringComparison.Ordinal)), Is.Positive, "the disk filled while the old outputs were copied aside");
            }
            else
            {
                Assert.That(failedAt.Count(e => e.Contains(".stage/", StringComparison.Ordinal)), Is.EqualTo(failedAt.Count), "the disk filled while the new files were staged, and only then");
                Assert.That(failedAt, Has.Count.GreaterThan(2), "at the first new file and later ones");
            }
        }
        finally
        {
            Run("umount", "-l", disk);
        }
    }

    /// <summary>Fills the disk holding <paramref name="filler"/> with it until only <paramref name="room"/> bytes are free.</summary>
    private static void Fill(string filler, long room)
    {
        var chunk = new byte[64 * 1024];
        using (var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None))
        {
            try
            {
                while (true)
                {
                    stream.Write(chunk);
                }
            }
            catch (IOException)
            {
                // Full: the last write was cut short.
            }
        }

        using (var stream = new FileStream(filler, FileMode.Open, FileAccess.Write, FileShare.None))
        {
            stream.SetLength(Math.Max(0, stream.Length - room));
        }

        Assert.That(new DriveInfo(Path.GetDirectoryName(filler)!).AvailableFreeSpace, Is.InRange(room - 4096, room + (64 * 1024)), "the disk has the room asked for, to a page");
    }

    private static (bool Succeeded, string Error) Run(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode == 0, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (false, e.Message);
        }
    }
}
