using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Cli.Input;
using Platform.Storage.Persistence;
using Platform.Storage.Web;

namespace Platform.Cli.Commands.Reading;

/// <summary>
/// <c>platform serve [--port N] [--api-key KEY]</c>: the storage service's read side (web view, JSON API, OpenAPI) over
/// the embedded store or <c>--database</c>, on 127.0.0.1 only. Open without <c>--api-key</c>; until Ctrl-C or SIGTERM (exit 0).
/// </summary>
public static class ServeCommand
{
    public static async Task<int> RunAsync(StoreLocation location, int port, string? apiKey, bool verbose, CancellationToken ct)
    {
        if (port is < 0 or > 65535) throw new UsageException("--port must be 0 to 65535.");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Configuration[$"{ReadAccessOptions.Section}:{nameof(ReadAccessOptions.Open)}"] = apiKey is null ? "true" : "false";
        builder.Configuration[$"{ReadAccessOptions.Section}:{nameof(ReadAccessOptions.ApiKey)}"] = apiKey;
        location.Register(builder.Services);
        builder.Services.AddStorageReadSide(builder.Configuration);

        await using var app = builder.Build();
        if (location.Provider == StorageProvider.Sqlite) await app.Services.GetRequiredService<IArticleStore>().MigrateAsync(ct);
        app.MapStorageReadSide();
        await app.StartAsync(ct);
        await Console.Error.WriteLineAsync($"platform: serving {string.Join(", ", app.Urls)}/ (web view, /api, /openapi/v1.json); Ctrl-C stops.");
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C or SIGTERM is how a server is meant to stop: a clean exit, not an interruption.
        }
        await app.StopAsync(CancellationToken.None);
        return 0;
    }
}
