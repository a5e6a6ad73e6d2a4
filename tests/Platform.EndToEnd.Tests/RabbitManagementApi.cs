using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Platform.EndToEnd.Tests;

/// <summary>The RabbitMQ management HTTP API: vhosts for test isolation, and its publish endpoint (a client other than ours).</summary>
public sealed class RabbitManagementApi(InfrastructureSettings settings) : IDisposable
{
    private readonly HttpClient _http = new()
    {
        BaseAddress = new Uri($"http://{settings.RabbitHost}:{settings.ManagementPort}/api/"),
        DefaultRequestHeaders =
        {
            Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.RabbitUser}:{settings.RabbitPassword}"))),
        },
        Timeout = TimeSpan.FromSeconds(15),
    };

    public async Task CreateVirtualHostAsync(string vhost)
    {
        (await _http.PutAsJsonAsync($"vhosts/{Uri.EscapeDataString(vhost)}", new { })).EnsureSuccessStatusCode();
        (await _http.PutAsJsonAsync($"permissions/{Uri.EscapeDataString(vhost)}/{Uri.EscapeDataString(settings.RabbitUser)}",
            new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
    }

    /// <summary>Gives <paramref name="user"/> the permissions it has on vhost <c>platform</c> (deploy/rabbitmq/users) on <paramref name="vhost"/>.</summary>
    public async Task GrantAsync(string vhost, ServiceUser user) =>
        (await _http.PutAsJsonAsync($"permissions/{Uri.EscapeDataString(vhost)}/{Uri.EscapeDataString(user.Name)}",
            new { configure = user.Configure, write = user.Write, read = user.Read })).EnsureSuccessStatusCode();

    public async Task DeleteVirtualHostAsync(string vhost) => await _http.DeleteAsync($"vhosts/{Uri.EscapeDataString(vhost)}");

    /// <summary>Publishes a text body into a queue through the default exchange, as the dashboard's "Publish message" form does.</summary>
    public async Task<bool> PublishTextAsync(string vhost, string queue, string body, string? fileName)
    {
        var properties = new Dictionary<string, object>();
        if (fileName is not null)
        {
            properties["headers"] = new Dictionary<string, string> { ["filename"] = fileName };
        }
        var response = await _http.PostAsJsonAsync($"exchanges/{Uri.EscapeDataString(vhost)}/amq.default/publish", new
        {
            properties,
            routing_key = queue,
            payload = body,
            payload_encoding = "string",
        });
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        return result is not null && result.TryGetValue("routed", out var routed) && routed.ToString() == "True";
    }

    public async Task<int> QueueDepthAsync(string vhost, string queue)
    {
        var info = await _http.GetFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>(
            $"queues/{Uri.EscapeDataString(vhost)}/{Uri.EscapeDataString(queue)}");
        return info is not null && info.TryGetValue("messages", out var m) && m.ValueKind == System.Text.Json.JsonValueKind.Number ? m.GetInt32() : 0;
    }

    /// <summary>Every <c>_error</c> queue of the vhost with the messages in it (ready and unacknowledged).</summary>
    public async Task<IReadOnlyDictionary<string, int>> ErrorQueueDepthsAsync(string vhost)
    {
        var queues = await _http.GetFromJsonAsync<List<Dictionary<string, System.Text.Json.JsonElement>>>(
            $"queues/{Uri.EscapeDataString(vhost)}?columns=name,messages") ?? [];
        return queues
            .Where(q => q.TryGetValue("name", out var n) && n.GetString()!.EndsWith("_error", StringComparison.Ordinal))
            .ToDictionary(q => q["name"].GetString()!,
                q => q.TryGetValue("messages", out var m) && m.ValueKind == System.Text.Json.JsonValueKind.Number ? m.GetInt32() : 0);
    }

    /// <summary>Every queue of the vhost with the messages in it (ready and unacknowledged).</summary>
    public async Task<IReadOnlyDictionary<string, int>> QueueDepthsAsync(string vhost)
    {
        var queues = await _http.GetFromJsonAsync<List<Dictionary<string, System.Text.Json.JsonElement>>>(
            $"queues/{Uri.EscapeDataString(vhost)}?columns=name,messages") ?? [];
        return queues.ToDictionary(q => q["name"].GetString()!,
            q => q.TryGetValue("messages", out var m) && m.ValueKind == System.Text.Json.JsonValueKind.Number ? m.GetInt32() : 0);
    }

    public async Task<string?> QueueTypeAsync(string vhost, string queue)
    {
        var info = await _http.GetFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>(
            $"queues/{Uri.EscapeDataString(vhost)}/{Uri.EscapeDataString(queue)}");
        return info is not null && info.TryGetValue("type", out var t) ? t.GetString() : null;
    }

    /// <summary>The arguments the queue was declared with (<c>x-queue-type</c>, <c>x-delivery-limit</c>, ...).</summary>
    public async Task<Dictionary<string, System.Text.Json.JsonElement>> QueueArgumentsAsync(string vhost, string queue)
    {
        var info = await _http.GetFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>(
            $"queues/{Uri.EscapeDataString(vhost)}/{Uri.EscapeDataString(queue)}");
        return info is not null && info.TryGetValue("arguments", out var a)
            ? a.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone())
            : [];
    }

    public void Dispose() => _http.Dispose();
}
