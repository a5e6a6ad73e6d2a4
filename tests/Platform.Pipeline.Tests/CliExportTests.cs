using System.Text.Json;

namespace Platform.Pipeline.Tests;

/// <summary><c>platform export</c>: a stored article's provenance as JSON-LD and as a C2PA-style manifest.</summary>
public sealed class CliExportTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("platform-cli-export-");

    public void Dispose() => _data.Delete(true);

    [TeamSharedFact]
    public async Task Exports_of_the_sample_are_valid_json_and_carry_the_same_facts()
    {
        var processed = await CliRunner.RunAsync("process", RepositoryPaths.SampleArticle, "--json", "--data", _data.FullName);
        Assert.Equal(0, processed.ExitCode);
        var articleId = JsonDocument.Parse(Assert.Single(processed.Lines)).RootElement.GetProperty("articleId").GetString()!;

        var jsonLd = await CliRunner.RunAsync("export", articleId, "--format", "jsonld", "--data", _data.FullName);
        var c2pa = await CliRunner.RunAsync("export", articleId, "--format", "c2pa", "--data", _data.FullName);

        Assert.Equal(0, jsonLd.ExitCode);
        Assert.Equal(0, c2pa.ExitCode);
        var article = JsonDocument.Parse(jsonLd.Stdout).RootElement;
        Assert.Equal("NewsArticle", article.GetProperty("@type").GetString());
        Assert.Equal("en", article.GetProperty("inLanguage").GetString());
        var original = article.GetProperty("translationOfWork");
        Assert.Equal("JoongAng Ilbo", original.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("ko", original.GetProperty("inLanguage").GetString());

        var manifest = JsonDocument.Parse(c2pa.Stdout).RootElement;
        var actions = manifest.GetProperty("assertions").EnumerateArray()
            .Single(a => a.GetProperty("label").GetString() == "c2pa.actions")
            .GetProperty("data").GetProperty("actions").EnumerateArray().ToList();
        var translated = actions.Single(a => a.GetProperty("action").GetString() == "c2pa.translated");
        Assert.Equal("ko", translated.GetProperty("parameters").GetProperty("sourceLanguage").GetString());
        Assert.Equal("en", translated.GetProperty("parameters").GetProperty("targetLanguage").GetString());
        Assert.EndsWith("trainedAlgorithmicMedia", translated.GetProperty("digitalSourceType").GetString());
        Assert.Contains(actions, a => a.GetProperty("action").GetString() == "c2pa.edited");
    }

    [TeamSharedFact]
    public async Task Exporting_an_unknown_article_fails_with_exit_code_1()
    {
        var processed = await CliRunner.RunAsync("process", RepositoryPaths.SampleArticle, "--json", "--data", _data.FullName);
        Assert.Equal(0, processed.ExitCode);

        var result = await CliRunner.RunAsync("export", Guid.NewGuid().ToString(), "--data", _data.FullName);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
    }
}
