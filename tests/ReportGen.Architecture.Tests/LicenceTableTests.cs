using System.Text.RegularExpressions;

namespace ReportGen.Architecture.Tests;

/// <summary>docs/licences.md gives every package the build uses, at the version pinned, with a licence that is not copyleft.</summary>
public sealed partial class LicenceTableTests
{
    [GeneratedRegex("""<PackageVersion Include="(?<name>[^"]+)" Version="(?<version>[^"]+)" />""")]
    private static partial Regex PackageVersion();

    [Test]
    public void Every_pinned_package_has_a_row_with_its_version()
    {
        var table = RepositoryFiles.Read("docs/licences.md");
        var rows = table.Split('\n').Where(line => line.StartsWith('|')).ToList();
        var missing = new List<string>();
        foreach (Match pin in PackageVersion().Matches(RepositoryFiles.Read("Directory.Packages.props")))
        {
            var (name, version) = (pin.Groups["name"].Value, pin.Groups["version"].Value);
            if (!rows.Any(row => Regex.IsMatch(row, $@"(?<![\w.]){Regex.Escape(name)}(?![\w.])") && row.Contains(version, StringComparison.Ordinal)))
            {
                missing.Add($"{name} {version}");
            }
        }

        Assert.That(missing, Is.Empty, "docs/licences.md needs a row for each package pinned in Directory.Packages.props, with its version");
    }

    [Test]
    public void No_package_is_under_a_copyleft_licence()
    {
        var licences = new List<string>();
        var column = -1;
        foreach (var line in RepositoryFiles.Read("docs/licences.md").Split('\n').Where(line => line.StartsWith('|')))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (Array.IndexOf(cells, "licence") is >= 0 and var header)
            {
                column = header;
            }
            else if (!line.StartsWith("|---", StringComparison.Ordinal) && column >= 0)
            {
                licences.Add(cells[column]);
            }
        }

        Assert.That(licences, Has.Count.GreaterThan(10));
        Assert.That(licences, Has.None.Contains("GPL"), "an AGPL or GPL dependency would make ReportGen copyleft as a whole");
    }
}
