using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Platform.Messaging;

namespace Platform.Ingest.Tests.Channels;

/// <summary>
/// An empty RabbitMQ vhost of the running test broker (<c>deploy/infra.sh</c>'s <c>PLATFORM_RABBITMQ_*</c> / <c>RabbitMq__*</c>
/// variables), made through the management HTTP API and deleted afterwards: no queue, exchange or binding exists in it yet.
/// </summary>
internal sealed class FreshVirtualHost : IAsyncDisposable
{
    private readonly HttpClient _management;

    private FreshVirtualHost(HttpClient management, RabbitMqSettings settings)
    {
        _management = management;
        Settings = settings;
    }

    /// <summary>Broker settings pointing at this vhost.</summary>
    public RabbitMqSettings Settings { get; }

    public static async Task<FreshVirtualHost> CreateAsync()
    {
        var broker = RabbitMqSettingsReader.FromEnvironment();
        // A vhost is made by the administrator (PLATFORM_RABBITMQ_USER); the RabbitMq__* user infra.sh prints is the submit user.
        broker.Username = Environment.GetEnvironmentVariable("PLATFORM_RABBITMQ_USER") ?? broker.Username;
        broker.Password = Environment.GetEnvironmentVariable("PLATFORM_RABBITMQ_PASSWORD") ?? broker.Password;
        var name = $"intake-{Guid.NewGuid():N}"[..20];
        var management = new HttpClient
        {
            BaseAddress = new Uri($"http://{broker.Host}:{broker.ManagementPort}/api/"),
            Timeout = TimeSpan.FromSeconds(15),
        };
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{broker.Username}:{broker.Password}")));
        (await management.PutAsJsonAsync($"vhosts/{name}", new { })).EnsureSuccessStatusCode();
        (await management.PutAsJsonAsync($"permissions/{name}/{Uri.EscapeDataString(broker.Username)}",
            new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
        var settings = new RabbitMqSettings
        {
            Host = broker.Host, Port = broker.Port, VirtualHost = name, Username = broker.Username, Password = broker.Password,
            ManagementPort = broker.ManagementPort,
        };
        return new FreshVirtualHost(management, settings);
    }

    public async ValueTask DisposeAsync()
    {
        await _management.DeleteAsync($"vhosts/{Settings.VirtualHost}");
        _management.Dispose();
    }
}
