namespace Platform.EndToEnd.Tests.Faults;

/// <summary>
/// The fault suite's own distributed platform (its own vhost, database and processes), started only when the suite is
/// enabled, so a plain run of this project does not start five processes for tests it skips.
/// </summary>
public sealed class FaultPlatform : IAsyncLifetime
{
    public DistributedPlatform Platform { get; } = new();

    public Task InitializeAsync() => FaultSuite.Enabled ? Platform.InitializeAsync() : Task.CompletedTask;

    public Task DisposeAsync() => Platform.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class FaultPlatformCollection : ICollectionFixture<FaultPlatform>
{
    public const string Name = "fault suite";
}
