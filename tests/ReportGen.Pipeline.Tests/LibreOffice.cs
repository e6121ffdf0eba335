using System.Diagnostics;

namespace ReportGen.Pipeline.Tests;

/// <summary>Converts a Word file to PDF with LibreOffice, as a reader without Word sees it. A missing LibreOffice fails the test (CI installs it).</summary>
internal static class LibreOffice
{
    /// <summary>Converts <paramref name="docx"/> beside itself, in a LibreOffice profile of its own; returns the PDF's path.</summary>
    public static string ConvertToPdf(string docx)
    {
        var directory = Path.GetDirectoryName(docx)!;
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("libreoffice")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", directory, docx])
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("libreoffice did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("libreoffice did not finish within 4 minutes.");
            }

            process.WaitForExit();
            Assert.That(process.ExitCode, Is.Zero, $"libreoffice failed: {error.Result}{output.Result}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"libreoffice is not installed or not on PATH ({e.Message}); install it (CI's setup does).");
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }

        var pdf = Path.ChangeExtension(docx, ".pdf");
        Assert.That(File.Exists(pdf), Is.True, $"LibreOffice wrote no {pdf}.");
        return pdf;
    }
}
