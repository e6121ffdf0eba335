using ReportGen.Rendering.Xlsx.Tests.Fixtures;
using ReportGen.Tests.Shared;

namespace ReportGen.Rendering.Xlsx.Tests;

/// <summary>
/// Another spreadsheet opens the workbook: LibreOffice Calc prints it to PDF, and poppler reads the text back, so each
/// number is shown through its number format as the pack prints it. The files stay under the test's work directory
/// (xlsx-check/) for a person to look at.
/// </summary>
[NonParallelizable]
public sealed class LibreOfficeTests
{
    [Test]
    public void Calc_opens_the_workbook_and_shows_every_figure_as_the_pack_prints_it()
    {
        var directory = Path.Combine(TestContext.CurrentContext.WorkDirectory, "xlsx-check", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "tables.xlsx");
        using (var workbook = RenderedWorkbook.Of(TablesReport.Create()))
        {
            File.WriteAllBytes(file, workbook.Bytes);
        }

        var pdf = ExternalTool.ConvertToPdf(file);
        var text = ExternalTool.Run("pdftotext", ["-layout", pdf, "-"], TimeSpan.FromMinutes(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain(TablesReport.Title));
            Assert.That(text, Does.Contain("Performance indicators, Quarter 3 (2016/17)"));
            foreach (var figure in new[] { "4,355", "13,143", "28.8%", "25.7%", "£4.3m", "£12,345", "12.5 days", "1 day", "+4.5%", "-2.0%", "-£1.2m", "£4.2m", "40%", "72%", "[c]" })
            {
                Assert.That(text, Does.Contain(figure), $"Calc shows {figure}");
            }
        }
    }
}
