using Npgsql;

namespace Platform.EndToEnd.Tests;

/// <summary>
/// The four services as separate processes from prebuilt binaries, over the real RabbitMQ (a vhost of this test assembly's own)
/// into the real PostgreSQL (a database of its own): ingest, provenance, extraction and two storage replicas.
/// </summary>
public sealed class DistributedPlatform : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly List<ServiceProcess> _services = [];
    private string _adminConnection = "";
    private Dictionary<string, string> _environment = [];
    private IReadOnlyList<ServiceUser> _users = [];

    public InfrastructureSettings Settings { get; private set; } = null!;
    public RabbitManagementApi Management { get; private set; } = null!;
    public PlatformDatabase Database { get; private set; } = null!;
    public string VirtualHost { get; } = $"e2e-{Guid.NewGuid():N}"[..16];
    public string DatabaseName { get; } = $"e2e_{Guid.NewGuid():N}"[..16];
    public string Inbox { get; } = Directory.CreateTempSubdirectory("platform-e2e-inbox-").FullName;
    public string Logs { get; } = Directory.CreateTempSubdirectory("platform-e2e-logs-").FullName;
    public IReadOnlyList<ServiceProcess> Services => _services;
    public string UploadApiKey { get; } = Guid.NewGuid().ToString("N");
    public const int MaxFileBytes = 256 * 1024;
    public Uri IngestBaseAddress => new($"http://127.0.0.1:{_services.Single(s => s.Name == "ingest").Port}/");
    public string ReadApiKey { get; } = Guid.NewGuid().ToString("N");
    public Uri StorageBaseAddress => new($"http://127.0.0.1:{_services.First(s => s.Name.StartsWith("storage-", StringComparison.Ordinal)).Port}/");

    public async Task InitializeAsync()
    {
        // Without the broker and database every test here is skipped (InfrastructureFact); there is nothing to start.
        if (TestNeeds.MissingInfrastructure() is not null) return;
        Settings = InfrastructureSettings.FromEnvironment();
        Management = new RabbitManagementApi(Settings);
        await Management.CreateVirtualHostAsync(VirtualHost);
        _users = ServiceUser.Load();
        foreach (var user in _users) await Management.GrantAsync(VirtualHost, user);

        _adminConnection = Settings.PostgresConnection;
        await using (var admin = new NpgsqlConnection(_adminConnection))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"create database \"{DatabaseName}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(_adminConnection) { Database = DatabaseName }.ConnectionString;
        Database = new PlatformDatabase(connection);

        _environment = new Dictionary<string, string>
        {
            ["Bus__Transport"] = "RabbitMq",
            ["RabbitMq__Host"] = Settings.RabbitHost,
            ["RabbitMq__Port"] = Settings.RabbitPort.ToString(),
            ["RabbitMq__VirtualHost"] = VirtualHost,
            ["RabbitMq__Username"] = Settings.RabbitUser,
            ["RabbitMq__Password"] = Settings.RabbitPassword,
            ["ConnectionStrings__Platform"] = connection,
            ["Inbox__Path"] = Inbox,
            ["Inbox__SettleMilliseconds"] = "500",
            ["Inbox__PollMilliseconds"] = "250",
            ["Upload__ApiKey"] = UploadApiKey,
            ["Read__ApiKey"] = ReadApiKey,
            ["Ingest__MaxFileBytes"] = MaxFileBytes.ToString(),
        };
        var environment = _environment;

        await using (var migrate = ServiceProcess.Start("storage-migrate", RepositoryPaths.HostDll("storage", "Platform.Storage.Host"),
                         environment, Logs, "migrate"))
        {
            var code = await migrate.WaitForExitAsync(StartTimeout);
            Assert.True(code == 0, $"migrate exited with {code}: {migrate.Tail()}");
        }

        _services.Add(ServiceProcess.Start("ingest", RepositoryPaths.HostDll("ingest", "Platform.Ingest.Host"), EnvironmentOf("ingest"), Logs));
        _services.Add(ServiceProcess.Start("provenance", RepositoryPaths.HostDll("provenance", "Platform.Provenance.Host"), EnvironmentOf("provenance"), Logs));
        _services.Add(ServiceProcess.Start("extraction", RepositoryPaths.HostDll("extraction", "Platform.Extraction.Host"), EnvironmentOf("extraction"), Logs));
        _services.Add(ServiceProcess.Start("storage-1", RepositoryPaths.HostDll("storage", "Platform.Storage.Host"), EnvironmentOf("storage"), Logs));
        _services.Add(ServiceProcess.Start("storage-2", RepositoryPaths.HostDll("storage", "Platform.Storage.Host"), EnvironmentOf("storage"), Logs));
        await Task.WhenAll(_services.Select(s => s.WaitReadyAsync(StartTimeout)));
    }

    /// <summary>Kills the ingest service's whole process group at once (no graceful shutdown), as a crash would.</summary>
    public Task KillIngestAsync() => KillAsync("ingest");

    /// <summary>Starts a new ingest process and waits until it is ready.</summary>
    public Task StartIngestAsync() => StartAsync("ingest");

    /// <summary>Kills one service (<c>ingest</c>, <c>provenance</c>, <c>extraction</c>, <c>storage-1</c>, ...) with SIGKILL to its whole
    /// process group: no shutdown code runs, as in a crash.</summary>
    public async Task KillAsync(string name)
    {
        var service = _services.Single(s => s.Name == name);
        await service.KillAsync();
        await service.DisposeAsync();
        _services.Remove(service);
    }

    /// <summary>Starts a new process of a service that <see cref="KillAsync"/> stopped and waits until it is ready.</summary>
    public async Task StartAsync(string name)
    {
        var kind = name.Split('-')[0];
        var host = $"Platform.{char.ToUpperInvariant(kind[0])}{kind[1..]}.Host";
        var service = ServiceProcess.Start(name, RepositoryPaths.HostDll(kind, host), EnvironmentOf(kind), Logs);
        _services.Add(service);
        await service.WaitReadyAsync(StartTimeout);
    }

    /// <summary>The services' settings with the broker user of <paramref name="kind"/> (ingest, provenance, extraction, storage).</summary>
    private Dictionary<string, string> EnvironmentOf(string kind)
    {
        var user = _users.Single(u => u.Name == kind);
        return new Dictionary<string, string>(_environment) { ["RabbitMq__Username"] = user.Name, ["RabbitMq__Password"] = user.Password };
    }

    public async Task DisposeAsync()
    {
        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }
        if (Management is not null)
        {
            await Management.DeleteVirtualHostAsync(VirtualHost);
            Management.Dispose();
        }
        if (_adminConnection.Length > 0)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(_adminConnection);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop database if exists \"{DatabaseName}\" with (force)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        try
        {
            Directory.Delete(Inbox, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DistributedPlatformCollection : ICollectionFixture<DistributedPlatform>
{
    public const string Name = "distributed platform";
}
