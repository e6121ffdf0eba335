namespace ReportGen.Pipeline.Output;

/// <summary>What a folder entry is, as <c>lstat</c> sees it (a symbolic link is never followed).</summary>
internal enum EntryKind
{
    /// <summary>A regular file.</summary>
    File,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A symbolic link.</summary>
    SymbolicLink,

    /// <summary>Anything else: a named pipe, a socket, a device.</summary>
    Other,
}
