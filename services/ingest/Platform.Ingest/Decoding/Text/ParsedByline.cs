using Platform.Contracts;

namespace Platform.Ingest.Decoding.Text;

/// <summary>The authors read from one byline line, and an affiliation written in it ("By Kim Hae-won, Yonhap").</summary>
public sealed record ParsedByline(IReadOnlyList<ArticleAuthor> Authors, string? Affiliation);
