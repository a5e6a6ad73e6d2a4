using System.Runtime.InteropServices;

namespace Platform.Ingest.Channels;

/// <summary>
/// Tells a regular file from everything else (directory, symbolic link, FIFO, socket, device) with <c>lstat</c>, before
/// anything opens the entry: opening a FIFO blocks until a writer shows up, which would stall the inbox for good.
/// </summary>
/// <remarks>
/// .NET has no public file-type API: <see cref="FileSystemInfo.Attributes"/> reports a FIFO, a socket and a device as
/// <see cref="FileAttributes.Normal"/>, and <see cref="File.GetUnixFileMode(string)"/> carries only the permission bits.
/// So this asks the runtime's own native shim (<c>libSystem.Native</c>, the <c>lstat</c> that <see cref="FileInfo"/> itself
/// uses), whose status record has the same layout on every Unix and architecture and starts with two 32-bit fields, flags
/// and mode; only the mode is read. On Windows there are no FIFOs or sockets in a folder, and the attributes suffice.
/// </remarks>
public static class InboxEntryKinds
{
    private const int TypeMask = 0xF000;
    private const int ModeOffset = 4;
    // Generous: the native record is about 120 bytes and has only grown at its end between runtime versions.
    private const int StatusBufferBytes = 512;

    public static InboxEntryKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return OfWindowsEntry(path);
        }
        var status = new byte[StatusBufferBytes];
        if (LStat(path, status) != 0)
        {
            return InboxEntryKind.Missing;
        }
        return (BitConverter.ToInt32(status, ModeOffset) & TypeMask) switch
        {
            0x8000 => InboxEntryKind.RegularFile,
            0x4000 => InboxEntryKind.Directory,
            0xA000 => InboxEntryKind.SymbolicLink,
            0x1000 => InboxEntryKind.Fifo,
            0xC000 => InboxEntryKind.Socket,
            0x2000 => InboxEntryKind.CharacterDevice,
            0x6000 => InboxEntryKind.BlockDevice,
            _ => InboxEntryKind.Other,
        };
    }

    /// <summary>How a refusal names the kind, in a sentence a user reads.</summary>
    public static string Describe(InboxEntryKind kind) => kind switch
    {
        InboxEntryKind.Directory => "a directory",
        InboxEntryKind.SymbolicLink => "a symbolic link",
        InboxEntryKind.Fifo => "a named pipe (FIFO)",
        InboxEntryKind.Socket => "a socket",
        InboxEntryKind.CharacterDevice => "a character device",
        InboxEntryKind.BlockDevice => "a block device",
        InboxEntryKind.RegularFile => "a regular file",
        InboxEntryKind.Missing => "gone",
        _ => "not a regular file",
    };

    private static InboxEntryKind OfWindowsEntry(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path) && info.LinkTarget is null)
        {
            return InboxEntryKind.Missing;
        }
        var attributes = info.Attributes;
        return attributes.HasFlag(FileAttributes.ReparsePoint) ? InboxEntryKind.SymbolicLink
            : attributes.HasFlag(FileAttributes.Directory) ? InboxEntryKind.Directory
            : attributes.HasFlag(FileAttributes.Device) ? InboxEntryKind.CharacterDevice
            : InboxEntryKind.RegularFile;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
