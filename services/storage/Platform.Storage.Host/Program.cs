using Platform.Messaging;
using Platform.ServiceDefaults;
using Platform.Storage;
using Platform.Storage.Persistence;
using Platform.Storage.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformServiceDefaults();
var connectionString = builder.Configuration.GetConnectionString("Platform")
    ?? throw new InvalidOperationException("ConnectionStrings__Platform (the PostgreSQL connection string) is not set.");
var migrateOnly = args.Contains("migrate");

if (migrateOnly)
{
    builder.Services.AddArticleStore(StorageProvider.Postgres, connectionString);
}
else
{
    builder.Services.AddPlatformBus(builder.Configuration, bus => bus.AddStorageStage(StorageProvider.Postgres, connectionString));
    // The read side: JSON API under /api, web view at /, OpenAPI at /openapi/v1.json (reads behind Read__ApiKey or Read__Open).
    builder.Services.AddStorageReadSide(builder.Configuration);
}

var app = builder.Build();
if (migrateOnly)
{
    // `Platform.Storage.Host migrate`: apply the EF Core migrations once, then exit (run before starting replicas).
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<IArticleStore>().MigrateAsync(CancellationToken.None);
    app.Logger.LogInformation("Migrations applied");
    return 0;
}

app.MapPlatformHealthEndpoints();
app.MapStorageReadSide();
await app.RunAsync();
return 0;
