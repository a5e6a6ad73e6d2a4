using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Messaging;

namespace Platform.Pipeline.Tests.Security;

/// <summary>
/// The README's dashboard path: the submit user (tag <c>management</c>) drops a file with the "Publish message" form of the
/// <c>ingest</c> exchange page (the management API's publish endpoint), and the same form on the default exchange refuses it.
/// </summary>
public sealed class DashboardPublishTests
{
    [InfrastructureFact]
    public async Task Submit_user_publishes_through_the_ingest_exchange_page_but_not_through_the_default_exchange()
    {
        using var http = Dashboard("submit");
        var vhost = Uri.EscapeDataString(Environment.GetEnvironmentVariable("PLATFORM_RABBITMQ_VHOST") ?? "platform");
        var marker = $"dashboard probe {Guid.NewGuid():N}";

        var refused = await http.PostAsJsonAsync($"exchanges/{vhost}/amq.default/publish", Publish(QueueNames.Storage, marker));
        Assert.False(refused.IsSuccessStatusCode);
        Assert.Contains("ACCESS_REFUSED", await refused.Content.ReadAsStringAsync());

        var sent = await http.PostAsJsonAsync($"exchanges/{vhost}/{QueueNames.RawIngestExchange}/publish", Publish("", marker));
        sent.EnsureSuccessStatusCode();
        var answer = await sent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(answer.GetProperty("routed").GetBoolean(), "the ingest exchange did not route the file to the ingest queue");
        Assert.True(await BrokerUsers.TakeFromIngestAsync(m => Encoding.UTF8.GetString(m.Body.Span) == marker), "the file published on the ingest exchange page did not arrive in the ingest queue");
    }

    private static object Publish(string routingKey, string body) =>
        new { properties = new { }, routing_key = routingKey, payload = body, payload_encoding = "string" };

    private static HttpClient Dashboard(string role)
    {
        string Need(string name) => Environment.GetEnvironmentVariable(name) ?? throw new InvalidOperationException($"{name} is not set");
        var upper = role.ToUpperInvariant();
        var http = new HttpClient
        {
            BaseAddress = new Uri($"http://{Need("PLATFORM_RABBITMQ_HOST")}:{Need("PLATFORM_RABBITMQ_MANAGEMENT_PORT")}/api/"),
            Timeout = TimeSpan.FromSeconds(15),
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(
            Encoding.UTF8.GetBytes($"{Need($"PLATFORM_RABBITMQ_{upper}_USER")}:{Need($"PLATFORM_RABBITMQ_{upper}_PASSWORD")}")));
        return http;
    }
}
