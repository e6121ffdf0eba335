using ReportGen.Core.Diagnostics;

namespace ReportGen.Pipeline;

/// <summary>
/// Writes a build's outputs so that none is ever half-written: each goes to a temporary file beside its target
/// first, and only when all are written are they renamed into place (a rename within a folder is atomic). If
/// anything fails, the temporary files are removed and the outputs already there are left as they were.
/// </summary>
internal static class OutputWriter
{
    public static IReadOnlyList<string> WriteAll(IReadOnlyList<OutputFile> files, List<Problem> problems)
    {
        var staged = new List<(string Temporary, string Target)>();
        try
        {
            foreach (var file in files)
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(file.Path))!;
                Directory.CreateDirectory(folder);
                var temporary = Path.Combine(folder, $".{Path.GetFileName(file.Path)}.{Environment.ProcessId}.tmp");
                staged.Add((temporary, file.Path));
                using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    stream.Write(file.Bytes);
                    stream.Flush(flushToDisk: true);
                }
            }

            foreach (var (temporary, target) in staged)
            {
                File.Move(temporary, target, overwrite: true);
            }

            return files.Select(f => f.Path).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Problem.Error(null, $"could not write the outputs ({e.Message}); check that the output folder can be written"));
            foreach (var (temporary, _) in staged)
            {
                TryDelete(temporary);
            }

            return [];
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a stray temporary file is harmless and named for what it is.
        }
    }
}
