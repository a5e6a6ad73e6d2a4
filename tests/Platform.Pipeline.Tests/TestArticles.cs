using Platform.Contracts;
using Platform.Ingest.Decoding;

namespace Platform.Pipeline.Tests;

/// <summary>Articles for consumer tests, decoded by the real ingest decoder from fixtures in the repo.</summary>
public static class TestArticles
{
    public static byte[] Bytes(string fixture) => File.ReadAllBytes(Path.Combine(RepositoryPaths.Fixtures, fixture));

    public static (Guid Id, ArticleDocument Article) Decode(string fixture)
    {
        var decision = new ArticleFileDecoder(new IngestOptions()).Decode(Bytes(fixture), fixture, null);
        Assert.NotNull(decision.Article);
        return (decision.ArticleId!.Value, decision.Article!);
    }
}
