namespace Platform.Ingest.Channels;

/// <summary>
/// The inbox layout: files are dropped at the top; a replica claims one by atomic rename into <c>processing/</c> under an
/// <see cref="InboxClaimName"/> (owner and lease expiry in the name), then moves it to <c>processed/</c> once the broker
/// confirmed it, or to <c>failed/</c> next to a <c>.reason.json</c>. All four folders must be on one filesystem, so
/// every move is a rename.
/// </summary>
public sealed record InboxFolders(string Root)
{
    public string Processing => System.IO.Path.Combine(Root, "processing");
    public string Processed => System.IO.Path.Combine(Root, "processed");
    public string Failed => System.IO.Path.Combine(Root, "failed");

    public void Create()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Processing);
        Directory.CreateDirectory(Processed);
        Directory.CreateDirectory(Failed);
    }

    /// <summary>True for the inbox's own folders, which sit among the dropped entries at the top.</summary>
    public bool IsOwnFolder(string path) =>
        path == Processing || path == Processed || path == Failed;

    /// <summary>
    /// Renames any entry (file, directory, link, FIFO, socket, device) without opening it and without replacing an
    /// existing name. Throws <see cref="FileNotFoundException"/> or <see cref="DirectoryNotFoundException"/> when the
    /// source is gone, e.g. because another replica renamed it first.
    /// </summary>
    public static void Rename(string source, string target, InboxEntryKind kind)
    {
        // File.Move refuses a directory (and a link to one); Directory.Move renames either. Both are rename(2) on Unix.
        if (kind == InboxEntryKind.Directory || (kind == InboxEntryKind.SymbolicLink && Directory.Exists(source)))
        {
            Directory.Move(source, target);
        }
        else
        {
            File.Move(source, target, overwrite: false);
        }
    }

    /// <summary>A name in <paramref name="folder"/> not yet taken: <c>name</c>, else <c>name.1.ext</c>, <c>name.2.ext</c>, ...</summary>
    public static string UniquePath(string folder, string name)
    {
        var path = System.IO.Path.Combine(folder, name);
        for (var i = 1; Exists(path); i++)
        {
            path = System.IO.Path.Combine(folder, $"{System.IO.Path.GetFileNameWithoutExtension(name)}.{i}{System.IO.Path.GetExtension(name)}");
        }
        return path;
    }

    private static bool Exists(string path) => InboxEntryKinds.Of(path) != InboxEntryKind.Missing;
}
