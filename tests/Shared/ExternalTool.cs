using System.Diagnostics;

namespace ReportGen.Tests.Shared;

/// <summary>
/// Runs LibreOffice and poppler's tools. A missing tool fails the test (CI installs them), it never skips it.
/// </summary>
internal static class ExternalTool
{
    public static string Run(string tool, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"{tool} is not installed or not on PATH ({e.Message}); install it (CI's setup does).");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{tool} did not finish within {timeout.TotalSeconds} s.");
            }

            process.WaitForExit();
            Assert.That(process.ExitCode, Is.Zero, $"{tool} failed: {error.Result}");
            return output.Result;
        }
    }

    /// <summary>Converts <paramref name="file"/> to PDF with LibreOffice in a profile of its own; returns the PDF's path.</summary>
    public static string ConvertToPdf(string file)
    {
        var directory = Path.GetDirectoryName(file)!;
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            Run(
                "libreoffice",
                ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", directory, file],
                TimeSpan.FromMinutes(4));
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }

        var pdf = Path.ChangeExtension(file, ".pdf");
        Assert.That(File.Exists(pdf), Is.True, $"LibreOffice wrote no {pdf}.");
        return pdf;
    }
}
