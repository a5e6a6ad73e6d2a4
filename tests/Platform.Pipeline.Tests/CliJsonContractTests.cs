using System.Text.Json;

namespace Platform.Pipeline.Tests;

/// <summary>The stable JSON contract of <c>platform process --json</c>.</summary>
public sealed class CliJsonContractTests : IDisposable
{
    private static readonly string[] TopLevelKeys =
    [
        "schemaVersion", "file", "status", "reason", "detail", "submissionId", "articleId", "duplicateOf", "format", "encoding",
        "outlet", "url", "headline", "published", "publishedRaw", "publishedOffsetSource", "language", "authors", "body", "notes",
        "provenance", "entities", "dates", "quantities", "quotes",
    ];
    private static readonly string[] ProvenanceKeys =
    [
        "isTranslation", "suspicion", "sourcePublication", "sourceLanguage", "languageTag", "method", "humanEdited", "editors",
        "translators", "disclosure",
    ];

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("platform-cli-data-");
    private readonly DirectoryInfo _input = Directory.CreateTempSubdirectory("platform-cli-input-");

    public void Dispose()
    {
        _data.Delete(true);
        _input.Delete(true);
    }

    [Fact]
    public async Task Every_line_has_every_key_in_input_order_and_offsets_point_into_the_body()
    {
        var result = await CliRunner.RunAsync("process", RepositoryPaths.Fixtures, "--json", "--data", _data.FullName);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var expectedOrder = Directory.GetFiles(RepositoryPaths.Fixtures).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedOrder, lines.Select(l => l.GetProperty("file").GetString()));
        foreach (var line in lines)
        {
            foreach (var key in TopLevelKeys)
            {
                Assert.True(line.TryGetProperty(key, out _), $"missing key {key}");
            }
            Assert.Equal(1, line.GetProperty("schemaVersion").GetInt32());
            if (line.GetProperty("status").GetString() == "rejected")
            {
                Assert.False(string.IsNullOrEmpty(line.GetProperty("reason").GetString()));
                continue;
            }
            var provenance = line.GetProperty("provenance");
            foreach (var key in ProvenanceKeys)
            {
                Assert.True(provenance.TryGetProperty(key, out _), $"missing provenance key {key}");
            }
            AssertOffsetsPointIntoBody(line);
        }
    }

    [TeamSharedFact]
    public async Task Sample_article_comes_out_with_headline_time_author_provenance_and_quotes()
    {
        var result = await CliRunner.RunAsync("process", RepositoryPaths.SampleArticle, "--json", "--data", _data.FullName);

        Assert.Equal(0, result.ExitCode);
        var line = JsonDocument.Parse(Assert.Single(result.Lines)).RootElement;
        Assert.Equal("stored", line.GetProperty("status").GetString());
        Assert.Equal("North's troop dispatch to Russia signals deepening cooperation, Unification Ministry says", line.GetProperty("headline").GetString());
        Assert.Equal("2025-06-19T14:28:00+09:00", line.GetProperty("published").GetString());
        Assert.Contains(line.GetProperty("publishedOffsetSource").GetString(), new[] { "outlet", "stated" });
        var author = Assert.Single(line.GetProperty("authors").EnumerateArray());
        Assert.Equal("Kim Eun-bin", author.GetProperty("name").GetString());
        var provenance = line.GetProperty("provenance");
        Assert.True(provenance.GetProperty("isTranslation").GetBoolean());
        Assert.Equal("JoongAng Ilbo", provenance.GetProperty("sourcePublication").GetString());
        Assert.Equal("ko", provenance.GetProperty("sourceLanguage").GetString());
        Assert.Equal("generative-ai", provenance.GetProperty("method").GetString());
        Assert.True(provenance.GetProperty("humanEdited").GetBoolean());
        Assert.Equal("Translated from the JoongAng Ilbo using generative AI and edited by Korea JoongAng Daily staff.",
            provenance.GetProperty("disclosure").GetString());
        Assert.Equal("en-t-ko", provenance.GetProperty("languageTag").GetString());
        Assert.Equal(4, line.GetProperty("quotes").GetArrayLength());
        Assert.DoesNotContain("To write comments", line.GetProperty("body").GetString());
        AssertOffsetsPointIntoBody(line);
    }

    [Fact]
    public async Task The_same_article_twice_is_stored_once_and_then_reported_as_duplicate()
    {
        var original = Path.Combine(RepositoryPaths.Fixtures, "rhine-flood-barriers.txt");
        var crlfCopy = Path.Combine(_input.FullName, "copy-with-crlf.txt");
        await File.WriteAllTextAsync(crlfCopy, (await File.ReadAllTextAsync(original)).Replace("\n", "\r\n"));

        var result = await CliRunner.RunAsync("process", original, crlfCopy, "--json", "--data", _data.FullName);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        var statuses = lines.Select(l => l.GetProperty("status").GetString()).Order().ToList();
        Assert.Equal(new[] { "duplicate", "stored" }, statuses);
        var articleId = lines[0].GetProperty("articleId").GetString();
        Assert.Equal(articleId, lines[1].GetProperty("articleId").GetString());
        var duplicate = lines.Single(l => l.GetProperty("status").GetString() == "duplicate");
        Assert.Equal(articleId, duplicate.GetProperty("duplicateOf").GetString());
        Assert.Equal(lines[0].GetProperty("headline").GetString(), duplicate.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task Hidden_files_in_a_folder_are_skipped()
    {
        File.Copy(Path.Combine(RepositoryPaths.Fixtures, "rhine-flood-barriers.txt"), Path.Combine(_input.FullName, "b.txt"));
        File.Copy(Path.Combine(RepositoryPaths.Fixtures, "busan-port-automation.txt"), Path.Combine(_input.FullName, ".hidden.txt"));

        var result = await CliRunner.RunAsync("process", _input.FullName, "--json", "--data", _data.FullName);

        Assert.Equal(0, result.ExitCode);
        var line = JsonDocument.Parse(Assert.Single(result.Lines)).RootElement;
        Assert.EndsWith("b.txt", line.GetProperty("file").GetString());
    }

    [Fact]
    public async Task Empty_file_is_rejected_with_a_reason_and_exit_code_zero()
    {
        var result = await CliRunner.RunAsync("process", Path.Combine(RepositoryPaths.Fixtures, "empty-upload.txt"), "--json", "--data", _data.FullName);

        Assert.Equal(0, result.ExitCode);
        var line = JsonDocument.Parse(Assert.Single(result.Lines)).RootElement;
        Assert.Equal("rejected", line.GetProperty("status").GetString());
        Assert.Equal("empty-file", line.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("articleId").ValueKind);
    }

    [Theory]
    [InlineData]
    [InlineData("process")]
    [InlineData("process", "--bogus")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_with_code_2_and_print_nothing_on_stdout(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("usage:", result.Stderr);
    }

    private static void AssertOffsetsPointIntoBody(JsonElement line)
    {
        var body = line.GetProperty("body").GetString()!;
        foreach (var section in new[] { "entities", "dates", "quantities" })
        {
            foreach (var item in line.GetProperty(section).EnumerateArray())
            {
                var start = item.GetProperty("start").GetInt32();
                var end = item.GetProperty("end").GetInt32();
                Assert.InRange(start, 0, body.Length);
                Assert.InRange(end, start, body.Length);
                Assert.Equal(item.GetProperty("text").GetString(), body[start..end]);
            }
        }
        foreach (var quote in line.GetProperty("quotes").EnumerateArray())
        {
            var start = quote.GetProperty("start").GetInt32();
            var end = quote.GetProperty("end").GetInt32();
            Assert.Equal(quote.GetProperty("text").GetString(), body[start..end]);
        }
    }
}
