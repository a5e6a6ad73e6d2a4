// Temporary stand-in until the ingest domain branch lands; deleted at merge.
using Platform.Contracts;
namespace Platform.Ingest.Decoding;
public sealed record IngestOptions { public long MaxFileBytes { get; init; } = 5 * 1024 * 1024; }
public sealed record IngestDecision { public ArticleDocument? Article { get; init; } public Guid? ArticleId { get; init; } public string? Reason { get; init; } public string? Detail { get; init; } }
public sealed class ArticleFileDecoder(IngestOptions options)
{
    public IngestDecision Decode(ReadOnlySpan<byte> content, string? fileName, string? contentType)
    {
        if (content.Length == 0) return new IngestDecision { Reason = "empty-file", Detail = "The file is empty (0 bytes)." };
        if (content.Length > options.MaxFileBytes) return new IngestDecision { Reason = "too-large", Detail = "too large" };
        var text = System.Text.Encoding.UTF8.GetString(content);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var body = string.Join("\n\n", lines.Skip(1));
        return new IngestDecision { ArticleId = ArticleIdentity.FromContent(lines[0], body), Article = new ArticleDocument { Format = "text", Encoding = "utf-8", EncodingReason = "valid-utf8", Headline = lines[0], Body = body, Paragraphs = lines.Skip(1).ToList(), Language = "en" } };
    }
}
public static class ArticleIdentity
{
    public static Guid FromContent(string? headline, string body) { var h = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes((headline ?? "") + "\n" + body)); return new Guid(h.AsSpan(0, 16)); }
    public static string SubmissionId(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
}
