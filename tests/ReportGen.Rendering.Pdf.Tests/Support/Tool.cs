using System.ComponentModel;
using System.Diagnostics;

namespace ReportGen.Rendering.Pdf.Tests.Support;

/// <summary>
/// Runs a command-line PDF tool (poppler's pdfinfo, pdffonts, pdftotext; qpdf). A missing tool fails the test:
/// CI installs poppler-utils and qpdf, so a silent skip would hide a broken pipeline.
/// </summary>
internal static class Tool
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return new Result(process.ExitCode, output.Result, error);
        }
        catch (Win32Exception)
        {
            Assert.Fail($"'{tool}' is not installed; install poppler-utils and qpdf to run the PDF tests.");
            throw;
        }
    }

    /// <summary>Runs <paramref name="tool"/> and fails the test unless it exits with 0.</summary>
    public static string Output(string tool, params string[] arguments)
    {
        var result = Run(tool, arguments);
        Assert.That(result.ExitCode, Is.Zero, $"{tool} failed: {result.Error}");
        return result.Output;
    }
}
