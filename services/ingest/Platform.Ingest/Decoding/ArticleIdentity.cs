using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Platform.Contracts;

namespace Platform.Ingest.Decoding;

/// <summary>Deterministic identities: the same article (or the same bytes) always gets the same id.</summary>
public static partial class ArticleIdentity
{
    /// <summary>A UUID from SHA-256 of the normalized headline + "\n" + normalized body (NFC, whitespace collapsed, trimmed, case kept).</summary>
    public static Guid FromContent(string? headline, string body) =>
        NameBased(Normalize(headline) + "\n" + Normalize(body));

    /// <summary>A name-based UUID: the first 16 bytes of SHA-256 of the name, in the RFC 4122 version 5 layout.</summary>
    public static Guid NameBased(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5-style (name based, SHA)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>Lowercase hex SHA-256 of the raw bytes.</summary>
    public static string SubmissionId(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The submission id of bytes read from a stream to its end (for files too large to load).</summary>
    public static async Task<string> SubmissionIdOfStreamAsync(Stream stream, CancellationToken cancellationToken) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));

    private static string Normalize(string? text) =>
        string.IsNullOrEmpty(text) ? "" : Whitespace().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.None, RegexMatchTimeout.PerMatchMilliseconds)]
    private static partial Regex Whitespace();
}
