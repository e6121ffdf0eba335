namespace ReportGen.Cli;

/// <summary>The <c>reportgen</c> command line: parses, runs the pipeline, prints problems, sets the exit code.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns the exit code (0 built, 1 input problems, 2 bad command line).</summary>
    public static int Main(string[] args) =>
        ReportGenCommand.Run(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable);
}
