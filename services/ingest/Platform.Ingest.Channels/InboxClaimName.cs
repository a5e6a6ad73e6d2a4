using System.Text;

namespace Platform.Ingest.Channels;

/// <summary>
/// The name of a claimed file in <c>processing/</c>: <c>{owner}~{lease expiry, Unix ms}__{original name}</c>. The owner and
/// the lease live in the name, so claiming, renewing and taking a claim back are each one atomic rename: of two replicas
/// renaming the same name, exactly one succeeds.
/// </summary>
public sealed record InboxClaimName(string Owner, DateTimeOffset Expiry, string OriginalName)
{
    private const string Separator = "__";
    private const char ExpiryMark = '~';
    private const int MaxNameBytes = 255;

    public string FileName => $"{Owner}{ExpiryMark}{Expiry.ToUnixTimeMilliseconds()}{Separator}{OriginalName}";

    /// <summary>A claim of <paramref name="originalName"/>, shortened (extension kept) if the whole name would pass 255 bytes.</summary>
    public static InboxClaimName Create(string owner, DateTimeOffset expiry, string originalName)
    {
        var prefixBytes = Encoding.UTF8.GetByteCount($"{owner}{ExpiryMark}{expiry.ToUnixTimeMilliseconds()}{Separator}");
        return new InboxClaimName(owner, expiry, Fit(originalName, MaxNameBytes - prefixBytes));
    }

    /// <summary>This process's owner name: host, process id and an instance tag (host names alone repeat across containers).</summary>
    public static string OwnerOf(string host, int processId, string instance)
    {
        var safeHost = new string([.. host.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-')]);
        return $"{safeHost}.{processId}.{instance}";
    }

    /// <summary>
    /// Reads any name found in <c>processing/</c>. A name without a lease (an older claim, a file put there by hand) reads as
    /// an expired claim of no one, so it is taken back and handled rather than left there.
    /// </summary>
    public static InboxClaimName Read(string fileName)
    {
        var split = fileName.IndexOf(Separator, StringComparison.Ordinal);
        if (split <= 0)
        {
            return new InboxClaimName("", DateTimeOffset.MinValue, fileName);
        }
        var owner = fileName[..split];
        var original = fileName[(split + Separator.Length)..];
        var mark = owner.LastIndexOf(ExpiryMark);
        if (mark > 0 && long.TryParse(owner[(mark + 1)..], out var expiryMs)
            && expiryMs >= DateTimeOffset.MinValue.ToUnixTimeMilliseconds() && expiryMs <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return new InboxClaimName(owner[..mark], DateTimeOffset.FromUnixTimeMilliseconds(expiryMs), original);
        }
        return new InboxClaimName(owner, DateTimeOffset.MinValue, original);
    }

    private static string Fit(string name, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(name) <= maxBytes)
        {
            return name;
        }
        var extension = Path.GetExtension(name);
        if (Encoding.UTF8.GetByteCount(extension) > maxBytes / 2)
        {
            extension = "";
        }
        var stem = name[..^extension.Length];
        var room = maxBytes - Encoding.UTF8.GetByteCount(extension);
        var kept = new StringBuilder();
        var used = 0;
        foreach (var rune in stem.EnumerateRunes())
        {
            if (used + rune.Utf8SequenceLength > room)
            {
                break;
            }
            used += rune.Utf8SequenceLength;
            kept.Append(rune.ToString());
        }
        return kept + extension;
    }
}
