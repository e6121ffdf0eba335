namespace ReportGen.Cli.Tests;

/// <summary>Exit codes and messages of <c>reportgen build</c> (contract section 5).</summary>
public sealed class BuildCommandTests
{
    private string _out = null!;

    [SetUp]
    public void MakeOutputFolder() => _out = Path.Combine(Path.GetTempPath(), "reportgen-cli-tests", Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveOutputFolder()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Test]
    public void Building_the_sample_exits_0_and_says_what_it_wrote()
    {
        var (exitCode, output, error) = CommandLine.Run("build", "--quarter", "Q3", "--project", CommandLine.Sample("havering"), "--out", _out);

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(error, Is.Empty);
        Assert.That(output, Does.Contain($"wrote {Path.Join(_out, "crime-disorder-cpr.pdf")}"));
        Assert.That(output, Does.EndWith("built 2016/17 Q3: 4 files, 0 warnings" + Environment.NewLine));
    }

    [Test]
    public void The_closing_lines_say_how_the_indicators_were_rated()
    {
        var (exitCode, output, error) = CommandLine.Run("build", "-q", "Q3", "-p", CommandLine.Sample("havering"), "-o", _out, "--format", "json");

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(output, Does.Contain("ratings: 2 Red, 0 Amber, 1 Green, 0 not rated" + Environment.NewLine));
    }

    [Test]
    public void Json_says_how_a_build_went_in_one_object_on_standard_output()
    {
        var (exitCode, output, error) = CommandLine.Run("build", "-q", "Q3", "-y", "2016/17", "-p", CommandLine.Sample("havering"), "-o", _out, "--format", "json", "--json");

        Assert.That(exitCode, Is.Zero, error);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("built"));
            Assert.That(root.GetProperty("exitCode").GetInt32(), Is.Zero);
            Assert.That(root.GetProperty("period").GetString(), Is.EqualTo("2016/17 Q3"));
            Assert.That(root.GetProperty("edition").GetString(), Is.EqualTo("public"));
            Assert.That(root.GetProperty("files").EnumerateArray().Select(f => Path.GetFileName(f.GetString())), Is.EqualTo(new[] { "results.json", "manifest.json" }));
            Assert.That(root.GetProperty("ratings").GetProperty("red").GetInt32(), Is.EqualTo(2));
            Assert.That(root.GetProperty("ratings").GetProperty("green").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("problems").GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public void Json_of_a_failed_build_has_its_exit_code_and_each_problem_at_its_place()
    {
        var (exitCode, output, error) = CommandLine.Run("build", "-q", "Q3", "-y", "2030/31", "-p", CommandLine.Sample("havering"), "-o", _out, "--json");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Is.Not.Empty, "problems still go to standard error");
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("bad-request"));
        Assert.That(root.GetProperty("exitCode").GetInt32(), Is.EqualTo(2));
        Assert.That(root.GetProperty("files").GetArrayLength(), Is.Zero);
        var problem = root.GetProperty("problems")[0];
        Assert.That(problem.GetProperty("severity").GetString(), Is.EqualTo("error"));
        Assert.That(error, Does.Contain(problem.GetProperty("message").GetString()));
    }

    [Test]
    public void Verbose_says_each_stage_in_order_on_standard_error()
    {
        var (exitCode, output, error) = CommandLine.Run("build", "-q", "Q3", "-y", "2016/17", "-p", CommandLine.Sample("havering"), "-o", _out, "--format", "json", "--verbose");
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(_out));

        Assert.That(exitCode, Is.Zero, error);
        var stages = error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)
            .Select(line => System.Text.RegularExpressions.Regex.Replace(line, @"\[\d+\.\d s\] ", string.Empty)).ToList();
        Assert.That(stages, Is.EqualTo(new[]
        {
            "reportgen: reading the project file, the definitions and the data",
            "reportgen: read 85 data rows; building 2016/17 Q3; reading the commentary, registers and templates",
            "reportgen: calculating the figures",
            "reportgen: calculated 4 indicators; composing and rendering the outputs",
            "reportgen: writing 2 files",
            OperatingSystem.IsLinux()
                ? $"reportgen: put the outputs in place by swapping '{folder}' for its new copy in one step"
                : $"reportgen: putting the outputs in place one file at a time: '{folder}' cannot be swapped whole (folders are swapped on Linux only)",
        }));
        Assert.That(output, Does.EndWith("built 2016/17 Q3: 2 files, 0 warnings" + Environment.NewLine), "standard output as without --verbose");
    }

    [Test]
    public void Draft_and_pdfa_reach_the_pdf()
    {
        var (exitCode, _, error) = CommandLine.Run("build", "-q", "Q3", "-p", CommandLine.Sample("havering"), "-o", _out, "--format", "pdf", "--draft", "--pdfa");

        Assert.That(exitCode, Is.Zero, error);
        var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Join(_out, "crime-disorder-cpr.pdf")));
        Assert.That(text, Does.Contain("<pdfaid:part>2</pdfaid:part>"));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Join(_out, "crime-disorder-cpr.pdf"));
        Assert.That(new string([.. pdf.GetPage(1).Letters.Where(l => l.PointSize > 40).Select(l => l.Value[0])]), Is.EqualTo("DRAFT"));
    }

    [Test]
    public void Format_html_writes_one_web_page_per_report_that_lists_html()
    {
        var project = Path.Join(_out, "havering");
        foreach (var file in Directory.EnumerateFiles(CommandLine.Sample("havering"), "*", SearchOption.AllDirectories).Where(f => !Path.GetRelativePath(CommandLine.Sample("havering"), f).StartsWith("out", StringComparison.Ordinal)))
        {
            var copy = Path.Join(project, Path.GetRelativePath(CommandLine.Sample("havering"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var projectFile = Path.Join(project, "reportgen.yaml");
        File.WriteAllText(projectFile, File.ReadAllText(projectFile).Replace("formats: [pdf, docx, json]", "formats: [pdf, docx, html, json]", StringComparison.Ordinal));
        var output = Path.Join(_out, "built");

        var (exitCode, stdout, error) = CommandLine.Run("build", "-q", "Q3", "-p", project, "-o", output, "--format", "HTML");

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(error, Is.Empty);
        Assert.That(stdout, Does.Contain($"wrote {Path.Join(output, "crime-disorder-cpr.html")}"));
        Assert.That(Directory.EnumerateFiles(output).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "crime-disorder-cpr.html", "manifest.json" }));
        Assert.That(File.ReadAllText(Path.Join(output, "crime-disorder-cpr.html")), Does.StartWith("<!DOCTYPE html>").And.Contain("<html lang=\"en-GB\">"));
    }

    [Test]
    public void With_no_period_the_latest_quarter_with_data_is_built_and_said()
    {
        var (exitCode, output, error) = CommandLine.Run("build", "--project", CommandLine.Sample("havering"), "--out", _out, "--format", "json");

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(output, Does.EndWith("built 2016/17 Q3 (the latest quarter with data): 2 files, 0 warnings" + Environment.NewLine));
        Assert.That(File.ReadAllText(Path.Join(_out, "results.json")), Does.Contain("\"periodEnd\": \"2016-12\""));
    }

    [Test]
    public void With_no_period_and_only_yearly_figures_it_exits_2_asking_for_the_period()
    {
        var project = Path.Join(_out, "yearly");
        Directory.CreateDirectory(Path.Join(project, "data"));
        File.WriteAllText(Path.Join(project, "reportgen.yaml"), "title: T\ndata: [data/m.csv]\nindicators: indicators.yaml\nreports:\n  - { id: r, template: corporate-performance, formats: [json] }\n");
        File.WriteAllText(Path.Join(project, "indicators.yaml"), "- { id: A, title: A, goal: G, unit: count, polarity: lower, aggregation: sum }\n");
        File.WriteAllText(Path.Join(project, "data", "m.csv"), "indicator,period,value\nA,2016/17,5\n");

        var (exitCode, _, error) = CommandLine.Run("build", "--project", project);

        Assert.That(exitCode, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain("no quarter has data to build, so give the period: --quarter Q1..Q4 (with --year), or --month"));
    }

    [Test]
    public void Quiet_prints_nothing_but_problems()
    {
        var (exitCode, output, error) = CommandLine.Run("build", "--quiet", "-p", CommandLine.Sample("havering"), "-o", _out, "--format", "json");
        var (failed, failedOutput, failedError) = CommandLine.Run("build", "--quiet", "-q", "Q3", "-y", "2030/31", "-p", CommandLine.Sample("havering"), "-o", _out);

        Assert.That((exitCode, output, error), Is.EqualTo((0, string.Empty, string.Empty)));
        Assert.That(File.Exists(Path.Join(_out, "results.json")), "built all the same");
        Assert.That((failed, failedOutput), Is.EqualTo((2, string.Empty)));
        Assert.That(failedError, Does.Contain("no indicator has data for 2030/31 Q3"), "problems are still said");
    }

    [Test]
    public void The_edition_built_is_always_said()
    {
        var (exitCode, output, error) = CommandLine.Run("build", "-q", "Q3", "-p", CommandLine.Sample("havering"), "-o", _out, "--format", "json", "--edition", "restricted");

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(output, Does.Contain("edition: restricted, marked OFFICIAL-SENSITIVE" + Environment.NewLine), "a restricted pack is never unmarked");
        var (_, publicOutput, _) = CommandLine.Run("build", "-q", "Q3", "-p", CommandLine.Sample("havering"), "-o", _out, "--format", "json");
        Assert.That(publicOutput, Does.Contain("edition: public, no marking" + Environment.NewLine), "public unless the project file says otherwise");
    }

    [Test]
    public void Format_limits_what_is_written()
    {
        var (exitCode, _, error) = CommandLine.Run("build", "-q", "q3", "-p", CommandLine.Sample("havering"), "-o", _out, "--format", "json");

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(Directory.GetFiles(_out).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "manifest.json", "results.json" }), "the manifest goes with every build");
    }

    [Test]
    public void A_format_asked_for_that_no_report_has_is_warned_about_not_dropped_in_silence()
    {
        var (exitCode, _, error) = CommandLine.Run("build", "-q", "Q3", "-p", CommandLine.Sample("havering"), "-o", _out, "--format", "json,csv");

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(error, Does.Contain("warning: --format csv: no report has csv (the reports have docx, json, pdf), so none is written"));
        Assert.That(Directory.GetFiles(_out).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "manifest.json", "results.json" }));
        var (strictExit, _, _) = CommandLine.Run("build", "-q", "Q3", "-p", CommandLine.Sample("havering"), "-o", _out, "--format", "json,csv", "--strict");
        Assert.That(strictExit, Is.EqualTo(1), "a scheduled job under --strict is told");
    }

    [TestCase(new[] { "build", "--quarter", "Q5" }, "--quarter 'Q5' is not a quarter; write Q1, Q2, Q3 or Q4")]
    [TestCase(new[] { "build", "--quarter", "Q3", "--year", "2016-2017" }, "--year '2016-2017' is not a financial year; expected the form 2016/17")]
    [TestCase(new[] { "build", "--quarter", "Q3", "--year", "2016/18" }, "--year '2016/18' is not a financial year: 2016 is followed by 17, as in 2016/17")]
    [TestCase(new[] { "build", "--month", "2016-13" }, "--month '2016-13' is not a month; write YYYY-MM, such as 2016-12")]
    [TestCase(new[] { "build", "--year", "2016/17" }, "--year goes with --quarter: give --quarter Q1..Q4 too, or neither to build the latest quarter with data")]
    [TestCase(new[] { "build", "--quarter", "Q3", "--month", "2016-12" }, "give --quarter or --month, not both")]
    [TestCase(new[] { "build", "--quarter", "Q3", "--format", "pdf,odt" }, "--format 'odt' is not a format; use pdf, docx, html, json, csv or xlsx")]
    [TestCase(new[] { "build", "--quartre", "Q3" }, "Unrecognized command or argument '--quartre'")]
    [TestCase(new[] { "build", "--quarter", "Q3", "--edition", "internal" }, "--edition 'internal' is not an edition; write public or restricted")] // two editions only
    public void A_malformed_command_line_exits_2_with_the_reason(string[] args, string message)
    {
        var (exitCode, output, error) = CommandLine.Run(args);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain(message));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void A_year_with_no_data_exits_2()
    {
        var (exitCode, _, error) = CommandLine.Run("build", "--quarter", "Q3", "--year", "2030/31", "--project", CommandLine.Sample("havering"), "--out", _out);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("no indicator has data for 2030/31 Q3"));
        Assert.That(Directory.Exists(_out), Is.False);
    }

    [Test]
    public void A_missing_project_folder_exits_2()
    {
        var (exitCode, _, error) = CommandLine.Run("build", "--quarter", "Q3", "--project", Path.Combine(_out, "nowhere"));

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("does not exist; give --project the folder holding reportgen.yaml"));
    }

    [Test]
    public void A_folder_without_a_project_file_exits_1_naming_it()
    {
        Directory.CreateDirectory(_out);

        var (exitCode, _, error) = CommandLine.Run("build", "--quarter", "Q3", "--project", _out);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Does.Contain("reportgen.yaml"));
        Assert.That(error, Does.EndWith("reportgen: nothing written: 1 error, 0 warnings" + Environment.NewLine));
    }

    [Test]
    public void SOURCE_DATE_EPOCH_is_recorded_as_the_creation_time()
    {
        var (exitCode, _, error) = CommandLine.Run(
            ["build", "--quarter", "Q3", "--project", CommandLine.Sample("havering"), "--out", _out, "--format", "pdf"],
            name => name == "SOURCE_DATE_EPOCH" ? "1484611200" : null);

        Assert.That(exitCode, Is.Zero, error);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(_out, "crime-disorder-cpr.pdf"));
        Assert.That(pdf.Information.CreationDate, Does.StartWith("D:20170117"), "17 January 2017, the committee's date");
    }
}
