namespace ReportGen.Pipeline.Tests.Packs;

/// <summary>
/// A group's own commentary: <c>commentary/&lt;folder&gt;/2016-17-Q3.md</c> is that group's pack's commentary, in place of
/// the shared <c>commentary/2016-17-Q3.md</c>, which the other groups keep; its file is an input of the run.
/// </summary>
public sealed class ForEachCommentaryTests
{
    [Test]
    public void A_group_with_its_own_commentary_file_gets_it_and_the_others_keep_the_shared_one()
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("record-level");
        Directory.CreateDirectory(Path.Combine(project, "commentary", "Havering"));
        File.WriteAllText(Path.Combine(project, "commentary", "Havering", "2016-17-Q3.md"),
            "# Financial implications\n\nHavering's own words: the Romford town centre patrols are funded to March.\n");
        var output = Path.Combine(folder.Path, "out");

        var (exitCode, _, error) = ForEachRun.Build(project, output, "--for-each", "borough", "--only", "Havering,Redbridge", "--format", "pdf");

        Assert.That(exitCode, Is.Zero, error);
        var havering = OutputChecks.PdfText(Directory.EnumerateFiles(Path.Combine(output, "Havering"), "*.pdf").Single());
        var redbridge = OutputChecks.PdfText(Directory.EnumerateFiles(Path.Combine(output, "Redbridge"), "*.pdf").Single());
        Assert.Multiple(() =>
        {
            Assert.That(havering, Does.Contain("Havering's own words"));
            Assert.That(havering, Does.Not.Contain("There are no financial implications arising from this report."), "not the shared words");
            Assert.That(redbridge, Does.Not.Contain("Havering's own words"));
            Assert.That(redbridge, Does.Contain("There are no financial implications arising from this report."), "the shared words");
            Assert.That(File.ReadAllText(Path.Combine(output, "Havering", "manifest.json")), Does.Contain("commentary/Havering/2016-17-Q3.md"), "an input of the run");
        });
    }
}
