using System.Diagnostics;
using ReportGen.Core.Diagnostics;
using ReportGen.Pipeline.Output;
using ReportGen.Pipeline.Tests.Packs;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The output folder swapped whole (Linux): whatever else it holds survives the swap as it was (the very same files,
/// by inode; folders with their modes; links with their targets), whatever another program saves into it meanwhile
/// ends in it, the folder keeps its own mode, and where it cannot be swapped (a named pipe in it, too many entries, a
/// symbolic link for a folder) the outputs go one at a time, still old set or new set. Killed builds' staging
/// folders are removed by their exact names, a running build's kept.
/// </summary>
[Platform("Linux")]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class FolderSwapTests
{
    /// <summary>A process number no running process has.</summary>
    private const int Gone = 2147483601;

    private static readonly string[] Names = ["a.pdf", "b.docx", "manifest.json"];

    [Test]
    public void What_else_the_folder_holds_survives_the_swap_as_the_very_same_files_and_the_folder_keeps_its_mode()
    {
        using var folder = new TempFolder();
        var root = Path.Combine(folder.Path, "out");
        WriteOld(root);
        var notes = Path.Combine(root, "notes.txt");
        File.WriteAllText(notes, "my notes");
        var mine = Path.Combine(root, "mine", "deeper");
        Directory.CreateDirectory(mine);
        File.WriteAllBytes(Path.Combine(mine, "data.bin"), [0, 1, 2, 255]);
        File.SetUnixFileMode(Path.Combine(root, "mine"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.CreateSymbolicLink(Path.Combine(root, "latest"), "a.pdf");
        File.CreateSymbolicLink(Path.Combine(root, "elsewhere"), "../nowhere/at/all");
        var shared = Path.Combine(folder.Path, "shared");
        Directory.CreateDirectory(shared);
        File.WriteAllText(Path.Combine(shared, "kept.txt"), "outside the folder");
        Directory.CreateSymbolicLink(Path.Combine(root, "shared"), shared);
        const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.SetGroup;
        File.SetUnixFileMode(root, Mode);
        var inodes = new[] { notes, Path.Combine(mine, "data.bin") }.ToDictionary(f => f, Inode);
        var folderBefore = Inode(root);

        var told = new OutputChecks.Told();
        var problems = new List<Problem>();
        var written = OutputWriter.WriteAll(New(root), problems, progress: told);

        Assert.That(problems, Is.Empty);
        Assert.That(written, Has.Count.EqualTo(Names.Length));
        Assert.That(told.Lines.Single(), Does.StartWith($"put the outputs in place by swapping '{root}'"));
        Assert.That(Inode(root), Is.Not.EqualTo(folderBefore), "the folder was swapped for another");
        AssertNewSet(root);
        Assert.That(File.ReadAllText(notes), Is.EqualTo("my notes"));
        Assert.That(File.ReadAllBytes(Path.Combine(mine, "data.bin")), Is.EqualTo(new byte[] { 0, 1, 2, 255 }));
        Assert.That(inodes.Select(f => Inode(f.Key)), Is.EqualTo(inodes.Values), "the very same files (hard links), not copies");
        Assert.That(File.GetUnixFileMode(root), Is.EqualTo(Mode), "the output folder keeps its mode");
        Assert.That(File.GetUnixFileMode(Path.Combine(root, "mine")), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
        Assert.That(new FileInfo(Path.Combine(root, "latest")).LinkTarget, Is.EqualTo("a.pdf"));
        Assert.That(new FileInfo(Path.Combine(root, "elsewhere")).LinkTarget, Is.EqualTo("../nowhere/at/all"), "a dangling link stays as it was");
        Assert.That(new DirectoryInfo(Path.Combine(root, "shared")).LinkTarget, Is.EqualTo(shared));
        Assert.That(File.ReadAllText(Path.Combine(shared, "kept.txt")), Is.EqualTo("outside the folder"), "removing the old folder never follows a link out of it");
        Assert.That(Directory.EnumerateFileSystemEntries(root).Count() + Directory.EnumerateFileSystemEntries(Path.Combine(root, "mine"), "*", SearchOption.AllDirectories).Count(), Is.EqualTo(Names.Length + 7), "nothing else");
        Assert.That(OutputChecks.Stages(root), Is.Empty, "the old tree is removed");
    }

    [Test]
    public void Folders_and_links_made_anew_keep_their_owners_or_the_folder_is_not_swapped()
    {
        using var folder = new TempFolder();
        var root = Path.Combine(folder.Path, "out");
        WriteOld(root);
        var theirs = Path.Combine(root, "theirs");
        Directory.CreateDirectory(theirs);
        var link = Path.Combine(root, "their-link");
        File.CreateSymbolicLink(link, "theirs");

        // Run as root (as ./test.sh runs), the folder, a sub-folder and a link belong to another user and group, which
        // the folders and the link made anew must have too; otherwise they are the test's own.
        var asRoot = Tool("id", "-u").Trim() == "0";
        if (asRoot)
        {
            Tool("chown", "-h", "1234:2345", theirs, link, root);
        }

        var owners = new[] { root, theirs, link }.ToDictionary(p => p, Owner);
        var told = new OutputChecks.Told();
        var written = OutputWriter.WriteAll(New(root), [], progress: told);

        Assert.That(written, Has.Count.EqualTo(Names.Length));
        AssertNewSet(root);
        Assert.That(owners.Keys.Select(Owner), Is.EqualTo(owners.Values), "every folder and link has the owner it had");
        Assert.That(told.Lines.Single(), Does.StartWith("put the outputs in place by swapping"));
        if (asRoot)
        {
            Assert.That(owners[theirs], Is.EqualTo("1234:2345"));
        }
    }

    [Test]
    public void What_another_program_saves_into_the_folder_while_it_is_staged_ends_in_it()
    {
        using var folder = new TempFolder();
        var root = Path.Combine(folder.Path, "out");
        WriteOld(root);
        var replaced = Path.Combine(root, "replaced.txt");
        File.WriteAllText(replaced, "first draft");
        Directory.CreateDirectory(Path.Combine(root, "mine"));

        // Between the mirroring and the swap: a new file, a new file in a sub-folder, a new folder, and a file
        // saved over (as editors do, by renaming a new file onto it).
        var problems = new List<Problem>();
        OutputWriter.WriteAll(New(root), problems, exchanging: (stage, _) =>
        {
            Assert.That(File.Exists(Path.Combine(stage, "replaced.txt")), Is.True, "mirrored already");
            File.WriteAllText(Path.Combine(root, "late.txt"), "saved during the build");
            File.WriteAllText(Path.Combine(root, "mine", "late.txt"), "saved during the build too");
            Directory.CreateDirectory(Path.Combine(root, "new-folder"));
            File.WriteAllText(Path.Combine(root, "new-folder", "f.txt"), "in a new folder");
            File.WriteAllText(replaced + ".new", "second draft");
            File.Move(replaced + ".new", replaced, overwrite: true);
        });

        Assert.That(problems, Is.Empty);
        AssertNewSet(root);
        Assert.That(File.ReadAllText(Path.Combine(root, "late.txt")), Is.EqualTo("saved during the build"));
        Assert.That(File.ReadAllText(Path.Combine(root, "mine", "late.txt")), Is.EqualTo("saved during the build too"));
        Assert.That(File.ReadAllText(Path.Combine(root, "new-folder", "f.txt")), Is.EqualTo("in a new folder"));
        Assert.That(File.ReadAllText(replaced), Is.EqualTo("second draft"), "the file saved over is the one saved last");
        Assert.That(OutputChecks.Stages(root), Is.Empty);
    }

    [Test]
    public void A_first_build_into_a_folder_that_does_not_exist_yet_puts_it_in_place_whole()
    {
        using var folder = new TempFolder();
        var root = Path.Combine(folder.Path, "deep", "out");
        var told = new OutputChecks.Told();

        var written = OutputWriter.WriteAll(New(root), [], progress: told);

        Assert.That(written, Has.Count.EqualTo(Names.Length));
        Assert.That(told.Lines.Single(), Does.StartWith("put the outputs in place by swapping"));
        AssertNewSet(root);
        Assert.That(OutputChecks.Stages(root), Is.Empty);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void A_folder_holding_a_named_pipe_is_not_swapped_and_the_outputs_go_one_at_a_time_old_set_or_new(bool renameFails)
    {
        using var folder = new TempFolder();
        var root = Path.Combine(folder.Path, "out");
        WriteOld(root);
        var pipe = Path.Combine(root, "pipe");
        MakePipe(pipe);
        var told = new OutputChecks.Told();
        var problems = new List<Problem>();

        var written = OutputWriter.WriteAll(
            New(root),
            problems,
            renaming: target => _ = renameFails && target.EndsWith("b.docx", StringComparison.Ordinal) ? throw new IOException("Permission denied") : 0,
            progress: told);

        Assert.That(told.Lines.Single(), Does.StartWith("putting the outputs in place one file at a time: ").And.Contain($"'{pipe}' is neither a file, a folder nor a symbolic link"));
        if (renameFails)
        {
            Assert.That(written, Is.Empty);
            Assert.That(problems.Single().ToString(), Does.StartWith("reportgen: could not write the outputs (Permission denied)"));
            Assert.That(Names.Select(n => File.ReadAllText(Path.Combine(root, n))), Is.All.StartWith("old "), "the old set");
        }
        else
        {
            Assert.That(problems, Is.Empty);
            AssertNewSet(root);
        }

        Assert.That(Posix.Status(pipe)?.Kind, Is.EqualTo(EntryKind.Other), "the pipe is still there");
        Assert.That(Directory.EnumerateFileSystemEntries(root).Count(), Is.EqualTo(Names.Length + 1), "nothing else");
        Assert.That(OutputChecks.Stages(root), Is.Empty);
    }

    [Test]
    public void A_folder_holding_more_entries_than_the_cap_is_not_swapped()
    {
        using var folder = new TempFolder();
        var root = Path.Combine(folder.Path, "out");
        WriteOld(root);
        var many = Path.Combine(root, "many");
        Directory.CreateDirectory(many);
        for (var i = 0; i < FolderSwap.MostEntries; i++)
        {
            File.Create(Path.Combine(many, $"{i}.txt")).Dispose();
        }

        WriteOneAtATime(root, "it holds more than 10,000 files and folders");

        AssertNewSet(root);
        Assert.That(Directory.EnumerateFiles(many).Count(), Is.EqualTo(FolderSwap.MostEntries));
        Assert.That(OutputChecks.Stages(root), Is.Empty);
    }

    [TestCase("project", ".", ".", "it is the current folder or holds it")] // --out . in the project folder
    [TestCase("project/out", "..", null, "it is the current folder or holds it")] // the default out/, built from inside it
    [TestCase("", "link", "project", "it is the project folder or holds it")] // the project folder, named through a link, as --out
    public void The_current_folder_the_project_folder_or_one_above_either_is_not_swapped_so_that_nothing_working_there_is_left_in_a_removed_folder(
        string current, string projectArgument, string? output, string reason)
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("havering");
        Assert.That(Path.GetFileName(project), Is.Not.EqualTo("link"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "link"), project);
        var here = Path.GetFullPath(Path.Combine(folder.Path, current.Replace("project", Path.GetFileName(project), StringComparison.Ordinal)));
        Directory.CreateDirectory(here);
        var outputs = output is null ? Path.Combine(project, "out") : project;
        var kept = output is null ? here : project;
        var before = Posix.Status(kept)!.Inode;

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = here, RedirectStandardError = true, RedirectStandardOutput = true };
        string[] args = output is null ? [] : ["--out", output == "project" ? project : output];
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "reportgen.dll"), "build", "--quarter", "Q3", "--project", projectArgument, "--verbose" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.That(process.ExitCode, Is.Zero, error.Result);
        Assert.That(error.Result, Does.Contain($"cannot be swapped whole ({reason}"));
        Assert.That(Posix.Status(kept)!.Inode, Is.EqualTo(before), "the very folder, not a new one");
        Assert.That(File.Exists(Path.Combine(outputs, "crime-disorder-cpr.pdf")), "the outputs are in it");
        Assert.That(File.Exists(Path.Combine(project, "reportgen.yaml")), "and the project is as it was");
        Assert.That(Directory.EnumerateFileSystemEntries(folder.Path, ".*.stage"), Is.Empty, "no staging folder left");
    }

    [Test]
    public void An_output_folder_that_is_a_symbolic_link_stays_one_and_the_outputs_go_one_at_a_time()
    {
        using var folder = new TempFolder();
        var real = Path.Combine(folder.Path, "real");
        WriteOld(real);
        var root = Path.Combine(folder.Path, "out");
        Directory.CreateSymbolicLink(root, "real");

        WriteOneAtATime(root, "it is a symbolic link");

        Assert.That(new DirectoryInfo(root).LinkTarget, Is.EqualTo("real"), "still the link the user made");
        AssertNewSet(real);
    }

    [Test]
    public void The_staging_folders_of_killed_builds_are_removed_by_their_exact_names_and_nothing_else()
    {
        using var folder = new TempFolder();
        var root = Path.Combine(folder.Path, "out");
        WriteOld(root);
        string[] killed = [$".out.{Gone}-1-0123abcd.stage", $".out.{Gone}-27-fedcba98.stage"];
        string[] kept =
        [
            $".out.{Environment.ProcessId}-999999-0123abcd.stage",
            $".other.{Gone}-1-0123abcd.stage",
            $".out.{Gone}-1-0123ABCD.stage",
            $".out.{Gone}-1-0123abcd.stage.keep",
            $"out.{Gone}-1-0123abcd.stage",
            ".out.stage",
        ];
        foreach (var name in killed.Concat(kept))
        {
            Directory.CreateDirectory(Path.Combine(folder.Path, name, "sub"));
            File.WriteAllText(Path.Combine(folder.Path, name, "sub", "f.pdf"), "left here");
        }

        // A file, and a link to a folder, named as a killed build's staging folder would be.
        var file = Path.Combine(folder.Path, $".out.{Gone}-2-0123abcd.stage");
        File.WriteAllText(file, "a file");
        var link = Path.Combine(folder.Path, $".out.{Gone}-3-0123abcd.stage");
        Directory.CreateSymbolicLink(link, kept[1]);

        Assert.That(OutputWriter.WriteAll(New(root), []), Has.Count.EqualTo(Names.Length));

        Assert.That(killed.Where(name => Directory.Exists(Path.Combine(folder.Path, name))), Is.Empty, "the killed builds' staging folders are gone");
        Assert.That(kept.Where(name => File.ReadAllText(Path.Combine(folder.Path, name, "sub", "f.pdf")) == "left here"), Is.EqualTo(kept), "a running build's, another folder's and look-alikes stay");
        Assert.That(File.ReadAllText(file), Is.EqualTo("a file"));
        Assert.That(new DirectoryInfo(link).LinkTarget, Is.EqualTo(kept[1]));
        AssertNewSet(root);
    }

    [Test]
    public void A_build_into_a_folder_inside_another_waits_while_that_one_is_being_put_in_place()
    {
        using var folder = new TempFolder();
        var root = Path.Combine(folder.Path, "out", "inner");
        Task<IReadOnlyList<string>> build;
        using (OutputLock.Take([Path.Combine(folder.Path, "out")]))
        {
            build = Task.Run(() => OutputWriter.WriteAll(New(root), []));
            Assert.That(build.Wait(TimeSpan.FromSeconds(2)), Is.False, "the build waits for the folder above to be put in place");
            Assert.That(Directory.Exists(root), Is.False, "and has put nothing in place");
        }

        Assert.That(build.Result, Has.Count.EqualTo(Names.Length));
        AssertNewSet(root);

        // Builds into two sibling folders never wait on each other: each locks the folders above shared.
        using (OutputLock.Take([Path.Combine(folder.Path, "out", "sibling")]))
        {
            Assert.That(OutputWriter.WriteAll(New(root), []), Has.Count.EqualTo(Names.Length));
        }
    }

    [Test]
    public void A_for_each_run_swaps_the_output_folder_whole_with_every_pack_and_the_run_manifest()
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("record-level");
        var output = Path.Combine(folder.Path, "out");
        Directory.CreateDirectory(Path.Combine(output, "Havering"));
        File.WriteAllText(Path.Combine(output, "notes.txt"), "my notes");
        File.WriteAllText(Path.Combine(output, "Havering", "extra.txt"), "my extra");
        var inode = Inode(Path.Combine(output, "Havering", "extra.txt"));

        var (code, _, error) = ForEachRun.Build(project, output, "--for-each", "borough", "--verbose");

        Assert.That(code, Is.Zero, error);
        Assert.That(error, Does.Contain($"put the outputs in place by swapping '{output}'"));
        var packs = ForEachRun.Packs(Path.Combine(output, "manifest.json"));
        Assert.That(packs, Is.Not.Empty);
        foreach (var (_, pack, files) in packs)
        {
            Assert.That(files, Is.All.StartWith($"{pack}/"));
            Assert.That(files.Select(f => File.Exists(Path.Combine(output, f))), Is.All.True, $"every file of {pack} is in out/{pack}/");
        }

        Assert.That(File.ReadAllText(Path.Combine(output, "notes.txt")), Is.EqualTo("my notes"));
        Assert.That(Inode(Path.Combine(output, "Havering", "extra.txt")), Is.EqualTo(inode), "a file in a pack's folder is the very same file");
        Assert.That(OutputChecks.Stages(output), Is.Empty);
    }

    private static void WriteOld(string root)
    {
        Directory.CreateDirectory(root);
        foreach (var name in Names)
        {
            File.WriteAllText(Path.Combine(root, name), $"old {name}");
        }
    }

    /// <summary>Writes the new set into <paramref name="root"/>, which is not swapped but written one file at a time, for <paramref name="why"/>.</summary>
    private static void WriteOneAtATime(string root, string why)
    {
        var told = new OutputChecks.Told();
        Assert.That(OutputWriter.WriteAll(New(root), [], progress: told), Has.Count.EqualTo(Names.Length));
        Assert.That(told.Lines.Single(), Is.EqualTo($"putting the outputs in place one file at a time: '{root}' cannot be swapped whole ({why})"));
    }

    private static List<OutputFile> New(string root) =>
        [.. Names.Select(name => new OutputFile(Path.Combine(root, name), System.Text.Encoding.UTF8.GetBytes($"new {name}")))];

    private static void AssertNewSet(string root) =>
        Assert.That(Names.Select(n => File.ReadAllText(Path.Combine(root, n))), Is.EqualTo(Names.Select(n => $"new {n}")), "the new set");

    /// <summary>The inode number, as <c>stat</c> prints it (not through the code under test).</summary>
    private static string Inode(string path) => Tool("stat", "-c", "%i", path).Trim();

    private static string Owner(string path) => Tool("stat", "-c", "%u:%g", path).Trim();

    private static void MakePipe(string path) => Tool("mkfifo", path);

    private static string Tool(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{program}: {error}");
        return output;
    }
}
