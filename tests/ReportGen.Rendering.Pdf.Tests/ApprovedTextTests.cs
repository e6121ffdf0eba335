using System.Runtime.CompilerServices;
using System.Text;
using ReportGen.Rendering.Pdf.Tests.Fixtures;
using ReportGen.Rendering.Pdf.Tests.Support;
using UglyToad.PdfPig;

namespace ReportGen.Rendering.Pdf.Tests;

/// <summary>
/// The whole text of the Havering fixture, page by page, against a checked-in snapshot. When layout changes on
/// purpose this fails and writes <c>Approved/HaveringReport.received.txt</c> beside the approved file: diff the two,
/// look at the PDF (<c>pdftoppm -png -r 60</c> on <c>bin/…/rendered/approved.pdf</c>), and if the change is right,
/// replace the approved file with the received one.
/// </summary>
public sealed class ApprovedTextTests
{
    [Test]
    public void The_havering_report_reads_as_approved()
    {
        var bytes = Rendered.Bytes(HaveringReport.Document());
        Rendered.File(bytes, "approved");
        using var pdf = PdfDocument.Open(bytes);
        var received = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            received.Append($"=== Page {page.Number} ({page.Width:0} x {page.Height:0}) ===\n");
            foreach (var line in PageText.Lines(page))
            {
                received.Append(line).Append('\n');
            }
        }

        var approvedPath = Path.Combine(SourceDirectory(), "Approved", "HaveringReport.approved.txt");
        var receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : "";
        if (approved != received.ToString())
        {
            File.WriteAllText(receivedPath, received.ToString());
            Assert.Fail($"The PDF's text changed. Compare {receivedPath} with {approvedPath} and accept it if the change is intended.");
        }

        File.Delete(receivedPath);
    }

    static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
