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

    // The period's options are read into typed values there, once; the build carries them as a PeriodRequest.
    private readonly PeriodOptions _period = new();

    private readonly Option<string> _out = new("--out", "-o")
    {
        Description = "Write the outputs to this folder instead of the project file's output folder.",
        HelpName = "dir",
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Only these formats, comma-separated: pdf, docx, html, json, csv, xlsx (default: each report's own).",
        HelpName = "list",
    };

    private readonly Option<string> _edition = new("--edition", "-e")
    {
        Description = "The edition: public (restricted items left out everywhere) or restricted (everything). Default: the project file's edition, else public.",
        HelpName = "public|restricted",
    };

    private readonly Option<string> _forEach = new("--for-each")
    {
        Description = "A pack for each group of this breakdown of the data (a column of groups, such as borough), each in its own folder under the output folder.",
        HelpName = "breakdown",
    };

    private readonly Option<string> _only = new("--only")
    {
        Description = "With --for-each: only these groups, comma-separated.",
        HelpName = "list",
    };

    private readonly Option<string> _shard = new("--shard")
    {
        Description = "With --for-each: only shard K of N of the packs (K/N, such as 2/4), for a CI matrix; the N shards together build every pack once.",
        HelpName = "K/N",
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

    private readonly Option<string> _referenceDocx = new("--reference-docx")
    {
        Description = "Take the house style (body font, heading colour and sizes, the logo in the header) from this Word document or template.",
        HelpName = "file",
    };

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Say how it went as one JSON object on standard output (status, exit code, period, edition, files, ratings, problems), for jobs.",
    };

    private readonly Option<bool> _verbose = new("--verbose")
    {
        Description = "Also say each stage as the build reaches it, with the time taken so far (standard error).",
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
        _period.AddTo(this);
        if (!validateOnly)
        {
            Options.Add(_out);
        }

        Options.Add(_format);
        Options.Add(_edition);
        Options.Add(_forEach);
        Options.Add(_only);
        Options.Add(_shard);
        Options.Add(_strict);
        Options.Add(_draft);
        Options.Add(_pdfa);
        Options.Add(_referenceDocx);
        Options.Add(_json);
        Options.Add(_verbose);
        Options.Add(_quiet);
        Validators.Add(Validate);
        SetAction(parsed => BuildAction.Run(Request(parsed, environment), parsed.InvocationConfiguration, validateOnly, parsed.GetValue(_quiet), parsed.GetValue(_json)));
    }

    private void Validate(CommandResult result)
    {
        // An option given without its value is its own error (one line, said by the parser); the checks below would
        // only add lines that follow from it.
        if (result.Children.OfType<OptionResult>().Any(o => !o.Implicit && o.Tokens.Count == 0 && o.Option.Arity.MinimumNumberOfValues > 0))
        {
            return;
        }

        _period.Check(result);

        if (Given(result, _edition) is { } edition && CommandLineValues.Edition(edition) is null)
        {
            result.AddError($"--edition '{edition}' is not an edition; write public or restricted");
        }

        if (Given(result, _forEach) is { } forEach && forEach.Trim().Length == 0)
        {
            result.AddError("--for-each needs the name of a breakdown, such as --for-each borough");
        }

        foreach (var needsForEach in new[] { _only, _shard })
        {
            if (result.GetResult(needsForEach) is { Implicit: false } && result.GetResult(_forEach) is null)
            {
                result.AddError($"{needsForEach.Name} goes with --for-each: give --for-each BREAKDOWN too");
            }
        }

        if (Given(result, _shard) is { } shard && Pipeline.Packs.Shard.Parse(shard) is null)
        {
            result.AddError($"--shard '{shard}' is not a shard; write K/N with 1 <= K <= N <= {Pipeline.Packs.Shard.MaxCount}, such as --shard 2/4");
        }

        if (Given(result, _only) is { } only && CommandLineValues.List(only).Count == 0)
        {
            result.AddError($"--only '{only}' names no group; write them comma-separated, such as --only Havering,Redbridge");
        }

        if (Given(result, _format) is { } formats && CommandLineValues.Formats(formats, out var unknown) is null)
        {
            result.AddError($"--format '{unknown}' is not a format; use pdf, docx, html, json, csv or xlsx, comma-separated");
        }
    }

    /// <summary>The text given for <paramref name="option"/>, if it was given with a value (never throws, unlike reading a value the parser rejected).</summary>
    private static string? Given(CommandResult result, Option<string> option) =>
        result.GetResult(option) is { Implicit: false, Tokens.Count: > 0 } given ? given.Tokens[^1].Value : null;

    private Pipeline.BuildRequest Request(ParseResult parsed, Func<string, string?> environment) => new()
    {
        ProjectDirectory = parsed.GetValue(_project) ?? ".",
        Period = _period.Request(parsed),
        OutputDirectory = parsed.GetValue(_out),
        Formats = parsed.GetValue(_format) is { } f ? CommandLineValues.Formats(f, out _) : null,
        Edition = parsed.GetValue(_edition) is { } e ? CommandLineValues.Edition(e) : null,
        Strict = parsed.GetValue(_strict),
        Draft = parsed.GetValue(_draft),
        PdfA = parsed.GetValue(_pdfa),
        ReferenceDocx = parsed.GetValue(_referenceDocx),
        Progress = StageReport.For(parsed.InvocationConfiguration.Error, parsed.GetValue(_verbose), parsed.GetValue(_quiet) || parsed.GetValue(_json)),
        Packs = parsed.GetValue(_forEach) is { } forEach
            ? new Pipeline.Packs.PackRequest(forEach.Trim())
            {
                Only = parsed.GetValue(_only) is { } only ? CommandLineValues.List(only) : null,
                Shard = parsed.GetValue(_shard) is { } shard ? Pipeline.Packs.Shard.Parse(shard) : null,
            }
            : null,
        Created = CommandLineValues.SourceDateEpoch(environment("SOURCE_DATE_EPOCH")),
        CommandLine = ["reportgen", .. parsed.Tokens.Select(t => t.Value)],
    };
}
