namespace ReportGen.Ingest.Projects;

/// <summary>What a path in the project file must name.</summary>
internal enum PathKind
{
    /// <summary>An existing file.</summary>
    File,

    /// <summary>An existing folder.</summary>
    Folder,

    /// <summary>An existing file or folder.</summary>
    FileOrFolder,

    /// <summary>Anything, existing or not (the output folder).</summary>
    Any,
}
