using System.CommandLine;
using System.CommandLine.Parsing;
using ReportGen.Core.Periods;

namespace ReportGen.Cli;

/// <summary>
/// The period options <c>build</c>, <c>validate</c> and <c>explain</c> share (<c>--quarter</c>, <c>--month</c>,
/// <c>--year</c>), read into typed values once, the rules between them, and the <see cref="PeriodRequest"/> they make.
/// </summary>
internal sealed class PeriodOptions
{
    /// <summary><c>--quarter</c>.</summary>
    public Option<int?> Quarter { get; } = new("--quarter", "-q")
    {
        Description = "The quarter to report: Q1 to Q4 of the financial year (Q1 is April to June). Default: the latest quarter with data.",
        HelpName = "Qn",
        CustomParser = result => Parsed(result, CommandLineValues.Quarter, text => $"--quarter '{text}' is not a quarter; write Q1, Q2, Q3 or Q4"),
    };

    /// <summary><c>--month</c>.</summary>
    public Option<YearMonth?> Month { get; } = new("--month", "-m")
    {
        Description = "Build a monthly pack for this month instead: YYYY-MM, such as 2016-12.",
        HelpName = "yyyy-mm",
        CustomParser = result => Parsed(result, CommandLineValues.Month, text => $"--month '{text}' is not a month; write YYYY-MM, such as 2016-12"),
    };

    /// <summary><c>--year</c>.</summary>
    public Option<YearLabel?> Year { get; } = new("--year", "-y")
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

    /// <summary>Adds the three options to <paramref name="command"/>, in help order.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Quarter);
        command.Options.Add(Month);
        command.Options.Add(Year);
    }

    /// <summary>The rules between the options: a quarter or a month, not both; a year only with a quarter.</summary>
    public void Check(CommandResult result)
    {
        var quarter = result.GetResult(Quarter);
        var month = result.GetResult(Month);
        if (quarter is not null && month is not null)
        {
            result.AddError("give --quarter or --month, not both");
        }

        if (month is not null && result.GetResult(Year) is not null)
        {
            result.AddError("--year goes with --quarter; a month already names its year");
        }
        else if (quarter is null && month is null && result.GetResult(Year) is not null)
        {
            result.AddError("--year goes with --quarter: give --quarter Q1..Q4 too, or neither to build the latest quarter with data");
        }
    }

    /// <summary>The period asked for: a month, a quarter (of a year), or the latest quarter with data.</summary>
    public PeriodRequest Request(ParseResult parsed) =>
        parsed.GetValue(Month) is { } month ? PeriodRequest.ForMonth(month)
        : parsed.GetValue(Quarter) is { } quarter ? PeriodRequest.ForQuarter(quarter, parsed.GetValue(Year))
        : PeriodRequest.LatestQuarter();

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
}
