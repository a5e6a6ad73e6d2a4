using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Platform.Ingest.Tests.Channels;

/// <summary>Makes the entries a careless or hostile user can drop into an inbox besides files.</summary>
internal static class SpecialEntries
{
    public static void Fifo(string path)
    {
        if (MakeFifo(path, Convert.ToUInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed (errno {Marshal.GetLastPInvokeError()})");
        }
    }

    /// <summary>A bound Unix socket; keep it open while the test runs (.NET removes the socket file when it is disposed).</summary>
    public static Socket Socket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
}
