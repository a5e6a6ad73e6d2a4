using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.EndToEnd.Tests;

/// <summary>The ingest service's HTTP upload endpoint, against the running distributed platform.</summary>
[Collection(DistributedPlatformCollection.Name)]
public sealed class HttpUploadTests(DistributedPlatform platform) : IAsyncLifetime
{
    public Task InitializeAsync() => platform.Database.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient Client(bool withKey = true)
    {
        var http = new HttpClient { BaseAddress = platform.IngestBaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (withKey)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", platform.UploadApiKey);
        }
        return http;
    }

    [InfrastructureFact]
    public async Task Raw_upload_is_accepted_with_the_article_id_and_stored()
    {
        using var http = Client();
        var content = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Fixtures, "rhine-flood-barriers.txt")));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        var response = await http.PostAsync("articles?filename=rhine.txt", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var articleId = body.GetProperty("articleId").GetGuid();
        await platform.Database.WaitForSubmissionsAsync(rows => rows.Count >= 1, TimeSpan.FromMinutes(2));
        var article = Assert.Single(await platform.Database.ArticlesAsync());
        Assert.Equal(articleId, article.Id);
    }

    [InfrastructureFact]
    public async Task Multipart_upload_is_accepted()
    {
        using var http = Client();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Fixtures, "busan-port-automation.txt")));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "busan.txt");

        var response = await http.PostAsync("articles", form);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var submissions = await platform.Database.WaitForSubmissionsAsync(rows => rows.Count >= 1, TimeSpan.FromMinutes(2));
        Assert.Equal("busan.txt", Assert.Single(submissions).FileName);
    }

    [InfrastructureFact]
    public async Task Upload_without_the_api_key_is_refused()
    {
        using var http = Client(withKey: false);

        var response = await http.PostAsync("articles", new StringContent("Headline\n\nSome text."));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [InfrastructureFact]
    public async Task Oversize_upload_gets_413_and_its_rejection_recorded()
    {
        using var http = Client();

        var response = await http.PostAsync("articles?filename=oversize.txt", new ByteArrayContent(new byte[DistributedPlatform.MaxFileBytes + 1]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var submissions = await platform.Database.WaitForSubmissionsAsync(rows => rows.Any(r => r.FileName == "oversize.txt"), TimeSpan.FromMinutes(2));
        var rejection = submissions.Single(r => r.FileName == "oversize.txt");
        Assert.Equal("rejected", rejection.Status);
        Assert.Equal("too-large", rejection.Reason);
    }

    [InfrastructureFact]
    public async Task Unsupported_type_gets_415_and_its_rejection_recorded()
    {
        using var http = Client();
        var content = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47]);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");

        var response = await http.PostAsync("articles?filename=picture.png", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var submissions = await platform.Database.WaitForSubmissionsAsync(rows => rows.Any(r => r.FileName == "picture.png"), TimeSpan.FromMinutes(2));
        Assert.Equal("unsupported-type", submissions.Single(r => r.FileName == "picture.png").Reason);
    }

    [InfrastructureFact]
    public async Task An_empty_upload_is_answered_422_and_its_rejection_recorded()
    {
        using var http = Client();

        var response = await http.PostAsync("articles?filename=empty.txt", new ByteArrayContent([]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var submissions = await platform.Database.WaitForSubmissionsAsync(rows => rows.Count >= 1, TimeSpan.FromMinutes(2));
        var rejection = Assert.Single(submissions);
        Assert.Equal("rejected", rejection.Status);
        Assert.Equal("empty-file", rejection.Reason);
    }
}
