using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEnd.Tests;

/// <summary>The storage service's read side in the distributed run: an article uploaded through ingest is answered by
/// storage's JSON API (behind the read key) and its web view, and the OpenAPI document is served.</summary>
[Collection(DistributedPlatformCollection.Name)]
public sealed class StorageReadApiTests(DistributedPlatform platform) : IAsyncLifetime
{
    public Task InitializeAsync() => platform.Database.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [InfrastructureFact]
    public async Task Storage_answers_questions_about_what_it_stored()
    {
        using var ingest = new HttpClient { BaseAddress = platform.IngestBaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        ingest.DefaultRequestHeaders.Add("X-Api-Key", platform.UploadApiKey);
        var content = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Fixtures, "rhine-flood-barriers.txt")));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var uploaded = await (await ingest.PostAsync("articles?filename=rhine.txt", content)).Content.ReadFromJsonAsync<JsonElement>();
        var articleId = uploaded.GetProperty("articleId").GetGuid();
        await platform.Database.WaitForSubmissionsAsync(rows => rows.Count >= 1, TimeSpan.FromMinutes(2));

        using var storage = new HttpClient { BaseAddress = platform.StorageBaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var refused = await storage.GetAsync("api/stats");
        storage.DefaultRequestHeaders.Add("X-Api-Key", platform.ReadApiKey);
        var search = await storage.GetFromJsonAsync<JsonElement>("api/articles?q=flood%20barriers");
        var article = await storage.GetFromJsonAsync<JsonElement>($"api/articles/{articleId}");
        var page = await storage.GetStringAsync($"articles/{articleId}");
        var openApi = await storage.GetFromJsonAsync<JsonElement>("openapi/v1.json");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(articleId, Assert.Single(search.GetProperty("items").EnumerateArray()).GetProperty("articleId").GetGuid());
        Assert.Equal("stored", article.GetProperty("status").GetString());
        Assert.Equal("rhine.txt", article.GetProperty("file").GetString());
        Assert.Contains("<mark class=\"ent ent-location\"", page);
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/articles", out _));
    }
}
