namespace ReportGen.Pipeline.Tests;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReportGen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (holding ReportGen.sln) was not found above the test folder.");
    }
}
