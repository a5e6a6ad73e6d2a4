using System.Net;
using System.Text.Json;
using Platform.Contracts;

namespace Platform.Pipeline.Tests.Questions;

/// <summary>The read side over HTTP as <c>platform serve</c> (and the storage host) maps it: the JSON API, its OpenAPI
/// document, the key that guards reads, the same answers from PostgreSQL, and the web view in a real headless browser.</summary>
[Collection(SeededStoresCollection.Name)]
public sealed class ReadSideOverHttpTests(SeededStores seeded)
{
    private JsonElement Rhine => seeded.Lines.First(l => l.GetProperty("status").GetString() == SubmissionStatus.Stored
        && l.GetProperty("file").GetString()!.EndsWith("rhine-flood-barriers.txt", StringComparison.Ordinal));

    [Fact]
    public async Task The_api_answers_questions_and_documents_them_in_openapi()
    {
        await using var served = await ServedStore.StartAsync("--data", seeded.DataFolder);
        var id = Rhine.GetProperty("articleId").GetString();

        var search = JsonDocument.Parse(await served.Http.GetStringAsync("api/articles?q=flood%20barriers&pageSize=5")).RootElement;
        var article = await served.Http.GetStringAsync($"api/articles/{id}");
        var jsonLd = JsonDocument.Parse(await served.Http.GetStringAsync($"api/articles/{id}/exports/jsonld")).RootElement;
        var stats = JsonDocument.Parse(await served.Http.GetStringAsync("api/stats")).RootElement;
        using var badType = await served.Http.GetAsync("api/entities?type=planet");
        using var missing = await served.Http.GetAsync($"api/articles/{Guid.NewGuid()}");
        var openApi = JsonDocument.Parse(await served.Http.GetStringAsync("openapi/v1.json")).RootElement;

        Assert.Contains(search.GetProperty("items").EnumerateArray(), a => a.GetProperty("articleId").GetString() == id);
        Assert.Equal(Rhine.GetRawText(), article);
        Assert.Equal("NewsArticle", jsonLd.GetProperty("@type").GetString());
        Assert.True(stats.GetProperty("pipeline").GetProperty("stored").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/articles", "/api/articles/{id}", "/api/articles/{id}/exports/{format}", "/api/entities",
                     "/api/entities/co-occurring", "/api/quotes", "/api/quotes/by-organisation", "/api/stats", "/api/rejections" })
            Assert.Contains(path, paths);
    }

    [Fact]
    public async Task Reads_need_the_configured_key()
    {
        await using var served = await ServedStore.StartAsync("--data", seeded.DataFolder, "--api-key", "s3cret");

        using var without = await served.Http.GetAsync("api/stats");
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "api/stats") { Headers = { { "X-Api-Key", "guess" } } };
        using var right = new HttpRequestMessage(HttpMethod.Get, "api/stats") { Headers = { { "X-Api-Key", "s3cret" } } };
        using var page = await served.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await served.Http.SendAsync(wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await served.Http.SendAsync(right)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
    }

    [SkippableFact]
    public async Task The_api_over_postgres_answers_as_over_the_embedded_store()
    {
        Skip.If(seeded.PostgresConnection is null, TestNeeds.MissingPostgres());
        await using var embedded = await ServedStore.StartAsync("--data", seeded.DataFolder);
        await using var postgres = await ServedStore.StartAsync("--database", seeded.PostgresConnection!);

        foreach (var question in new[] { "api/articles?pageSize=500", "api/articles?q=flood&pageSize=500", "api/articles?translation=unknown&pageSize=500" })
        {
            static async Task<HashSet<string>> Ids(ServedStore s, string q) =>
                [.. JsonDocument.Parse(await s.Http.GetStringAsync(q)).RootElement.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("articleId").GetString()!)];
            Assert.Equal(await Ids(embedded, question), await Ids(postgres, question));
        }
        Assert.Equal(await embedded.Http.GetStringAsync("api/stats"), await postgres.Http.GetStringAsync("api/stats"));
    }

    [ChromiumFact]
    public async Task A_browser_searches_opens_an_article_and_sees_its_highlights()
    {
        await using var served = await ServedStore.StartAsync("--data", seeded.DataFolder);
        var id = Rhine.GetProperty("articleId").GetString();

        var results = await HeadlessChromium.DumpDomAsync(new Uri(served.Address, "/?q=flood+barriers&language=en"));
        Assert.Contains($"href=\"/articles/{id}\"", results);
        Assert.Contains("Cologne raises flood barriers", results);

        var article = await HeadlessChromium.DumpDomAsync(new Uri(served.Address, $"/articles/{id}"));
        Assert.Contains("<mark class=\"ent ent-location\"", article);
        Assert.Contains("<mark class=\"date\"", article);
        Assert.Contains("<mark class=\"quote", article);
        Assert.Contains("id=\"provenance\"", article);
        Assert.Contains("AI Act 50(4)", article);
        Assert.DoesNotContain("<script", article);

        var screenshot = Path.Combine(seeded.DataFolder, "article.png");
        await HeadlessChromium.ScreenshotAsync(new Uri(served.Address, $"/articles/{id}"), screenshot);
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }
}
