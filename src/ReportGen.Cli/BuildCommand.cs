using System.CommandLine;
using System.CommandLine.Parsing;
using ReportGen.Core.Periods;

namespace ReportGen.Cli;

/// <summary><c>reportgen build</c>: builds every report the project file lists, for one quarter or month.</summary>
internal class BuildCommand : Command
{
    private readonly Option<string> _project = new("--project", "-p")
    {
        Description = "The project folder holding reportgen.yaml.",
        HelpName = "dir",
        DefaultValueFactory = _ => ".",
    };

    // The period's options are read into typed values here, once; the build carries them as a PeriodRequest.
    private readonly Option<int?> _quarter = new("--quarter", "-q")
    {
        Description = "The quarter to report: Q1 to Q4 of the financial year (Q1 is April to June). Default: the latest quarter with data.",
        HelpName = "Qn",
        CustomParser = result => Parsed(result, CommandLineValues.Quarter, text => $"--quarter '{text}' is not a quarter; write Q1, Q2, Q3 or Q4"),
    };

    private readonly Option<YearMonth?> _month = new("--month", "-m")
    {
        Description = "Build a monthly pack for this month instead: YYYY-MM, such as 2016-12.",
        HelpName = "yyyy-mm",
        CustomParser = result => Parsed(result, CommandLineValues.Month, text => $"--month '{text}' is not a month; write YYYY-MM, such as 2016-12"),
    };

    private readonly Option<YearLabel?> _year = new("--year", "-y")
    {
        Description = "The financial year, such as 2016/17 (default: the latest year with data for the quarter).",
        HelpName = "yyyy/yy",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (YearLabel.TryParse(text, out var label, out var error))
            {
                return label;
            }

            result.AddError($"--year {error}");
            return null;
        },
    };

    private readonly Option<string> _out = new("--out", "-o")
    {
        Description = "Write the outputs to this folder instead of the project file's output folder.",
        HelpName = "dir",
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Only these formats, comma-separated: pdf, docx, json, csv, xlsx (default: each report's own).",
        HelpName = "list",
    };

    private readonly Option<string> _edition = new("--edition", "-e")
    {
        Description = "The edition: public (restricted items left out everywhere) or restricted (everything). Default: the project file's edition, else public.",
        HelpName = "public|restricted",
    };

    private readonly Option<bool> _strict = new("--strict")
    {
        Description = "Fail on warnings too (exit code 1, nothing written): for scheduled jobs.",
    };

    private readonly Option<bool> _draft = new("--draft")
    {
        Description = "Mark every page DRAFT (behind the content in the PDF, a watermark in Word), for packs not yet cleared.",
    };

    private readonly Option<bool> _pdfa = new("--pdfa")
    {
        Description = "Write the PDFs as PDF/A-2a for archiving (still tagged PDF/UA-1).",
    };

    private readonly Option<bool> _quiet = new("--quiet")
    {
        Description = "Print nothing but problems (standard error); the exit code says how it went.",
    };

    public BuildCommand(Func<string, string?> environment)
        : this("build", "Build the project's reports (PDF, Word, results.json) for a quarter or a month (default: the latest quarter with data).", environment, validateOnly: false)
    {
    }

    /// <summary>A command that takes build's options; <paramref name="validateOnly"/> makes every check and writes nothing (no <c>--out</c>).</summary>
    protected BuildCommand(string name, string description, Func<string, string?> environment, bool validateOnly)
        : base(name, description)
    {
        Options.Add(_project);
        Options.Add(_quarter);
        Options.Add(_month);
        Options.Add(_year);
        if (!validateOnly)
        {
            Options.Add(_out);
        }

        Options.Add(_format);
        Options.Add(_edition);
        Options.Add(_strict);
        Options.Add(_draft);
        Options.Add(_pdfa);
        Options.Add(_quiet);
        Validators.Add(Validate);
        SetAction(parsed => BuildAction.Run(Request(parsed, environment), parsed.InvocationConfiguration, validateOnly, parsed.GetValue(_quiet)));
    }

    private void Validate(CommandResult result)
    {
        // An option given without its value is its own error (one line, said by the parser); the checks below would
        // only add lines that follow from it.
        if (result.Children.OfType<OptionResult>().Any(o => !o.Implicit && o.Tokens.Count == 0 && o.Option.Arity.MinimumNumberOfValues > 0))
        {
            return;
        }

        var quarter = result.GetResult(_quarter);
        var month = result.GetResult(_month);
        if (quarter is not null && month is not null)
        {
            result.AddError("give --quarter or --month, not both");
        }

        if (month is not null && result.GetResult(_year) is not null)
        {
            result.AddError("--year goes with --quarter; a month already names its year");
        }
        else if (quarter is null && month is null && result.GetResult(_year) is not null)
        {
            result.AddError("--year goes with --quarter: give --quarter Q1..Q4 too, or neither to build the latest quarter with data");
        }

        if (Given(result, _edition) is { } edition && CommandLineValues.Edition(edition) is null)
        {
            result.AddError($"--edition '{edition}' is not an edition; write public or restricted");
        }

        if (Given(result, _format) is { } formats && CommandLineValues.Formats(formats, out var unknown) is null)
        {
            result.AddError($"--format '{unknown}' is not a format; use pdf, docx, json, csv or xlsx, comma-separated");
        }
    }

    /// <summary>The text given for <paramref name="option"/>, if it was given with a value (never throws, unlike reading a value the parser rejected).</summary>
    private static string? Given(CommandResult result, Option<string> option) =>
        result.GetResult(option) is { Implicit: false, Tokens.Count: > 0 } given ? given.Tokens[^1].Value : null;

    /// <summary>The option's value read by <paramref name="read"/>, or an error saying what <paramref name="wrong"/> says.</summary>
    private static T? Parsed<T>(ArgumentResult result, Func<string, T?> read, Func<string, string> wrong)
        where T : struct
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (read(text) is { } value)
        {
            return value;
        }

        result.AddError(wrong(text));
        return null;
    }

    private Pipeline.BuildRequest Request(ParseResult parsed, Func<string, string?> environment) => new()
    {
        ProjectDirectory = parsed.GetValue(_project) ?? ".",
        Period = parsed.GetValue(_month) is { } month ? PeriodRequest.ForMonth(month)
            : parsed.GetValue(_quarter) is { } quarter ? PeriodRequest.ForQuarter(quarter, parsed.GetValue(_year))
            : PeriodRequest.LatestQuarter(),
        OutputDirectory = parsed.GetValue(_out),
        Formats = parsed.GetValue(_format) is { } f ? CommandLineValues.Formats(f, out _) : null,
        Edition = parsed.GetValue(_edition) is { } e ? CommandLineValues.Edition(e) : null,
        Strict = parsed.GetValue(_strict),
        Draft = parsed.GetValue(_draft),
        PdfA = parsed.GetValue(_pdfa),
        Created = CommandLineValues.SourceDateEpoch(environment("SOURCE_DATE_EPOCH")),
        CommandLine = ["reportgen", .. parsed.Tokens.Select(t => t.Value)],
    };
}
