using System.Text;
using CsvHelper;
using ReportGen.Rendering.Results.Csv;

namespace ReportGen.Rendering.Results.Tests;

/// <summary>The options results.csv is written with neutralise every cell a spreadsheet would run as a formula.</summary>
public sealed class ResultsCsvWriterTests
{
    [TestCase("\tcmd")] // a tab, which some spreadsheets skip before reading a formula
    [TestCase("\r=1+1")] // a carriage return, likewise
    public void The_writer_options_also_protect_cells_starting_with_a_tab_or_a_carriage_return(string text)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, ResultsCsvWriter.Options with { WriteByteOrderMark = false }, leaveOpen: true))
        {
            csv.WriteField(text);
            csv.EndRecord();
        }

        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Does.StartWith("\"'"));
    }
}
