namespace ReportGen.Composition.Tests;

/// <summary>The repository the tests run in, for tests that read its docs and built-in templates.</summary>
internal static class Repository
{
    /// <summary>The folder holding <c>ReportGen.sln</c>, found upwards from the test's own folder.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Join(directory.FullName, "ReportGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ReportGen.sln not found above the test folder.");
    }
}
