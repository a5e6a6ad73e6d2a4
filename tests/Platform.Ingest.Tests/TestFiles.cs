using Platform.Ingest.Decoding;

namespace Platform.Ingest.Tests;

/// <summary>Finds the repository, the team's shared folder and the fixtures at run time.</summary>
internal static class TestFiles
{
    public static readonly ArticleFileDecoder Decoder = new(new IngestOptions());

    public static string RepoRoot => RepositoryPaths.Root;

    public static string SamplePath => RepositoryPaths.SampleArticle;

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static IngestDecision DecodeFixture(string name, string? contentType = null) =>
        Decoder.Decode(Fixture(name), name, contentType);

    public static Platform.Contracts.ArticleDocument Article(string name)
    {
        var decision = DecodeFixture(name);
        Assert.True(decision.Article is not null, $"{name} was rejected: {decision.Reason} {decision.Detail}");
        return decision.Article!;
    }
}
