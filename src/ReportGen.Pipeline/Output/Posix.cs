using System.Runtime.InteropServices;

namespace ReportGen.Pipeline.Output;

/// <summary>
/// The few Linux calls <see cref="FolderSwap"/> needs that .NET does not offer: <c>statx</c> (an entry's kind,
/// owner, inode and whether it is a mount point), <c>link</c> (a second name for a file), <c>lchown</c>,
/// <c>llistxattr</c>, and <c>renameat2</c> with <c>RENAME_EXCHANGE</c> (two folders swap names in one step).
/// Each returns the <c>errno</c> of a failure (0 for none); <see cref="Message"/> words it.
/// </summary>
internal static partial class Posix
{
    /// <summary>ENOENT: no such file or folder.</summary>
    public const int NoSuchEntry = 2;

    /// <summary>Names the current folder in the <c>*at</c> calls.</summary>
    private const int AtCurrentFolder = -100;

    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7ff;
    private const ulong StatxAttributeMountRoot = 0x2000;
    private const uint RenameNoReplace = 1;
    private const uint RenameExchange = 2;

    /// <summary>
    /// The entry at <paramref name="path"/> (a link itself, not what it points at, unless <paramref name="followLinks"/>);
    /// null if there is none.
    /// </summary>
    public static EntryStatus? Status(string path, bool followLinks = false)
    {
        if (statx(AtCurrentFolder, path, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, out var status) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error == NoSuchEntry ? null : throw new IOException($"{Message(error)} : '{path}'");
        }

        var kind = (status.Mode & 0xF000) switch
        {
            0x8000 => EntryKind.File,
            0x4000 => EntryKind.Folder,
            0xA000 => EntryKind.SymbolicLink,
            _ => EntryKind.Other,
        };
        var mountRoot = (status.AttributesMask & StatxAttributeMountRoot) != 0 && (status.Attributes & StatxAttributeMountRoot) != 0;
        return new EntryStatus(kind, (UnixFileMode)(status.Mode & 0xFFF), status.Owner, status.Group, status.Inode, mountRoot);
    }

    /// <summary>Gives the file <paramref name="existing"/> the second name <paramref name="name"/> (a hard link).</summary>
    public static int Link(string existing, string name) => link(existing, name) == 0 ? 0 : Marshal.GetLastPInvokeError();

    /// <summary>Swaps the folders (or files) at <paramref name="first"/> and <paramref name="second"/> in one step.</summary>
    public static int Exchange(string first, string second) =>
        renameat2(AtCurrentFolder, first, AtCurrentFolder, second, RenameExchange) == 0 ? 0 : Marshal.GetLastPInvokeError();

    /// <summary>Renames <paramref name="from"/> to <paramref name="to"/>, which must not exist.</summary>
    public static int RenameNoReplacing(string from, string to) =>
        renameat2(AtCurrentFolder, from, AtCurrentFolder, to, RenameNoReplace) == 0 ? 0 : Marshal.GetLastPInvokeError();

    /// <summary>Gives <paramref name="path"/> (a link itself, not what it points at) an owner and a group.</summary>
    public static int SetOwner(string path, uint owner, uint group) => lchown(path, owner, group) == 0 ? 0 : Marshal.GetLastPInvokeError();

    /// <summary>
    /// Whether <paramref name="path"/> carries extended attributes (an access control list, a security label, a
    /// user's note), which a folder made anew would not; a file system without them has none.
    /// </summary>
    public static bool HasExtendedAttributes(string path) => llistxattr(path, IntPtr.Zero, 0) > 0;

    /// <summary>The system's words for <paramref name="error"/>.</summary>
    public static string Message(int error) => Marshal.GetPInvokeErrorMessage(error);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int statx(int folder, string path, int flags, uint mask, out Statx status);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int link(string existing, string name);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int renameat2(int fromFolder, string from, int toFolder, string to, uint flags);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int lchown(string path, uint owner, uint group);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint llistxattr(string path, IntPtr list, nuint size);

    /// <summary>The kernel's <c>struct statx</c> (the same on every architecture), as far as is read.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Statx
    {
        [FieldOffset(8)]
        public ulong Attributes;

        [FieldOffset(20)]
        public uint Owner;

        [FieldOffset(24)]
        public uint Group;

        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(56)]
        public ulong AttributesMask;
    }
}
