namespace ReportGen.Pipeline.Output;

/// <summary>What <see cref="Posix.Status"/> tells of one folder entry, its symbolic link not followed.</summary>
/// <param name="Kind">File, folder, link or other.</param>
/// <param name="Mode">The permission bits, with set-user, set-group and sticky.</param>
/// <param name="Owner">The owning user's number.</param>
/// <param name="Group">The owning group's number.</param>
/// <param name="Inode">The inode number: two names of one file share it.</param>
/// <param name="IsMountRoot">Whether a file system is mounted here (a bind mount too).</param>
internal sealed record EntryStatus(EntryKind Kind, UnixFileMode Mode, uint Owner, uint Group, ulong Inode, bool IsMountRoot);
