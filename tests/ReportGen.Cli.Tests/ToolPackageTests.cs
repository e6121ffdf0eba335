using System.Diagnostics;
using System.Reflection;

namespace ReportGen.Cli.Tests;

/// <summary>
/// The README's "Install": <c>dotnet pack</c> makes a .NET tool package that installs from a folder and runs as
/// <c>reportgen</c>, with every ReportGen assembly inside it (no package dependencies that are not published). The
/// package is made from the build this test run already compiled (<c>--no-build</c>), and installed from that feed
/// alone into a temporary tool folder with a temporary package cache, so that a stale copy of the same version, or
/// another package of the same name, cannot be used.
/// </summary>
[NonParallelizable]
public sealed class ToolPackageTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    private string _work = null!;
    private string _feed = null!;
    private string _tools = null!;

    [OneTimeSetUp]
    public void PackAndInstall()
    {
        _work = Path.Combine(Path.GetTempPath(), "reportgen-tool-tests", Guid.NewGuid().ToString("N"));
        _feed = Path.Combine(_work, "feed");
        _tools = Path.Combine(_work, "tools");
        var cache = Path.Combine(_work, "packages");
        var project = Path.Combine(Path.GetDirectoryName(CommandLine.Sample("havering"))!, "..", "src", "ReportGen.Cli");

        var pack = Run("dotnet", ["pack", project, "--no-build", "--configuration", Configuration, "--output", _feed, "--nologo"], _work, cache);
        Assert.That(pack.ExitCode, Is.Zero, pack.Text);

        // Only the feed just made: a package of the same name elsewhere can never be installed in its place.
        var config = Path.Combine(_work, "nuget.config");
        File.WriteAllText(config, "<configuration><packageSources><clear /></packageSources></configuration>");
        var install = Run("dotnet", ["tool", "install", "--tool-path", _tools, "ReportGen", "--add-source", _feed, "--configfile", config, "--version", Version()], _work, cache);
        Assert.That(install.ExitCode, Is.Zero, install.Text);
    }

    [OneTimeTearDown]
    public void RemoveWork()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Test]
    public void The_package_is_a_tool_that_carries_every_ReportGen_assembly()
    {
        var package = Directory.GetFiles(_feed, "*.nupkg").Single();
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        var nuspec = new StreamReader(zip.GetEntry("ReportGen.nuspec")!.Open()).ReadToEnd();

        Assert.That(Path.GetFileName(package), Is.EqualTo($"ReportGen.{Version()}.nupkg"));
        Assert.That(nuspec, Does.Contain("<packageType name=\"DotnetTool\" />"));
        Assert.That(nuspec, Does.Contain("<license type=\"expression\">MIT</license>"));
        Assert.That(nuspec, Does.Contain("<readme>README.md</readme>"));
        Assert.That(nuspec, Does.Not.Contain("<dependencies>"), "a tool package depends on nothing; ReportGen's own assemblies travel inside it");
        Assert.That(names, Does.Contain("README.md"));
        foreach (var assembly in new[] { "reportgen", "ReportGen.Core", "ReportGen.Pipeline", "ReportGen.Ingest", "ReportGen.Composition", "ReportGen.Documents", "ReportGen.Rendering.Pdf", "ReportGen.Rendering.Docx", "ReportGen.Rendering.Results" })
        {
            Assert.That(names, Does.Contain($"tools/net10.0/any/{assembly}.dll"));
        }
    }

    [Test]
    public void The_installed_tool_says_its_version()
    {
        var (exitCode, text) = Run(Tool(), ["--version"], _work);

        Assert.That(exitCode, Is.Zero, text);
        Assert.That(text.Trim(), Does.StartWith(Version()));
    }

    [Test]
    public void The_installed_tool_builds_the_sample_pack()
    {
        var output = Path.Combine(_work, "havering-out");

        var (exitCode, text) = Run(Tool(), ["build", "--quarter", "Q3", "--project", CommandLine.Sample("havering"), "--out", output], _work);

        Assert.That(exitCode, Is.Zero, text);
        Assert.That(text, Does.Contain("built 2016/17 Q3: 4 files, 0 warnings"));
        Assert.That(Directory.GetFiles(output).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "crime-disorder-cpr.docx", "crime-disorder-cpr.pdf", "manifest.json", "results.json" }));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(output, "crime-disorder-cpr.pdf"));
        Assert.That(pdf.GetPage(1).Text, Does.Contain("Corporate Performance Report: Quarter 3 (2016/17)"));
    }

    [Test]
    public void In_a_new_project_the_installed_tool_validates_lists_explains_and_fails_a_misspelt_variable_at_its_line()
    {
        var project = Path.Combine(_work, "checked");
        Assert.That(Run(Tool(), ["new", "checked"], _work).ExitCode, Is.Zero);

        var validated = Run(Tool(), ["validate"], project);
        var listed = Run(Tool(), ["list"], project);
        var explained = Run(Tool(), ["explain", "CS1"], project);

        Assert.That(validated.ExitCode, Is.Zero, validated.Text);
        Assert.That(validated.Text, Does.Contain("valid").And.Contain("nothing written"));
        Assert.That(listed.ExitCode, Is.Zero, listed.Text);
        Assert.That(listed.Text, Does.Contain("CS1").And.Contain("ENV1"));
        Assert.That(explained.ExitCode, Is.Zero, explained.Text);
        Assert.That(explained.Text, Does.Contain("CS1").And.Contain("measures.csv:"), "the rows used, by file and line");
        Assert.That(Directory.Exists(Path.Combine(project, "out")), Is.False, "validate, list and explain write nothing");

        // A misspelt variable in the project file fails the build at the setting's own line, with the name meant.
        var file = Path.Combine(project, "reportgen.yaml");
        var lines = File.ReadAllLines(file);
        var line = Array.FindIndex(lines, l => l.Contains("subject: \"Corporate Performance Report: {{ period.label }}\"", StringComparison.Ordinal));
        Assert.That(line, Is.Not.Negative, "the starter's subject setting");
        lines[line] = lines[line].Replace("period.label", "period.lable", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);

        var built = Run(Tool(), ["build"], project);

        Assert.That(built.ExitCode, Is.EqualTo(1), built.Text);
        Assert.That(built.Text, Does.Contain($"reportgen.yaml:{line + 1}:").And.Contain("period.lable").And.Contain("did you mean 'period.label'"));
        Assert.That(Directory.Exists(Path.Combine(project, "out")), Is.False, "nothing written");
    }

    [Test]
    public void The_installed_tool_starts_a_project_that_builds_in_its_folder()
    {
        var project = Path.Combine(_work, "p");

        var created = Run(Tool(), ["new", "p"], _work);
        var built = Run(Tool(), ["build"], project);

        Assert.That(created.ExitCode, Is.Zero, created.Text);
        Assert.That(built.ExitCode, Is.Zero, built.Text);
        Assert.That(built.Text, Does.Contain("(the latest quarter with data): 4 files, 0 warnings"));
        Assert.That(File.Exists(Path.Combine(project, "out", "corporate-performance.pdf")));
        Assert.That(File.Exists(Path.Combine(project, "out", "corporate-performance.docx")));
    }

    /// <summary>The package version: the Cli assembly's informational version without its source revision.</summary>
    private static string Version() =>
        typeof(ReportGenCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    private string Tool() => Path.Combine(_tools, OperatingSystem.IsWindows() ? "reportgen.exe" : "reportgen");

    /// <summary>Runs a program; its standard output and error together, and its exit code.</summary>
    private static (int ExitCode, string Text) Run(string program, string[] args, string directory, string? packageCache = null)
    {
        Directory.CreateDirectory(directory);
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test host runs under MSBuild's environment; a child dotnet must find its own SDK.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        if (packageCache is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packageCache;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish in {Patience.TotalMinutes} minutes");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
