namespace Platform.Ingest.Channels;

/// <summary>
/// The inbox layout: files are dropped at the top; a replica claims one by atomic rename into <c>processing/</c> (the new name
/// carries the claimer's host and process id), then moves it to <c>processed/</c> once the broker confirmed it, or to
/// <c>failed/</c> next to a <c>.reason.json</c>.
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

    public static string ClaimPrefix(string host, int processId) => $"{host}.{processId}__";

    /// <summary>Reads the owner of a claimed file name, or null when it is not a claim name.</summary>
    public static (string Host, int ProcessId, string OriginalName)? ParseClaim(string claimedName)
    {
        var split = claimedName.IndexOf("__", StringComparison.Ordinal);
        if (split <= 0)
        {
            return null;
        }
        var owner = claimedName[..split];
        var dot = owner.LastIndexOf('.');
        if (dot <= 0 || !int.TryParse(owner[(dot + 1)..], out var pid))
        {
            return null;
        }
        return (owner[..dot], pid, claimedName[(split + 2)..]);
    }
}
