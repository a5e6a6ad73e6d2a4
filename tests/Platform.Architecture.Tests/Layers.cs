namespace Platform.Architecture.Tests;

/// <summary>
/// The layering as data. Domain projects (a stage's parsers, detectors and extractors) are plain libraries: no bus, no
/// broker client, no web host, no database (storage's domain is the one place EF Core is allowed). Consumers, definitions
/// and <c>AddXStage</c> sit in <c>Platform.X.Pipeline</c>; the ways in sit in <c>Platform.Ingest.Channels</c>; the bus
/// wiring in <c>Platform.Messaging</c>; host defaults in <c>Platform.ServiceDefaults</c>.
/// </summary>
public static class Layers
{
    private static readonly string[] Bus = ["MassTransit", "RabbitMQ"];
    private static readonly string[] Web = ["Microsoft.AspNetCore"];
    private static readonly string[] Database = ["Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.Data.Sqlite"];
    private static readonly string[] Wiring = ["Platform.Messaging", "Platform.ServiceDefaults"];
    private static readonly string[] Stages =
    [
        "Platform.Ingest", "Platform.Provenance", "Platform.Extraction", "Platform.Storage",
    ];

    public static readonly LayerRule[] All =
    [
        new("Platform.Contracts", "shared/Platform.Contracts",
            [.. Bus, .. Web, .. Database, .. Wiring, .. Stages, "Microsoft.Extensions"], PackageGraphToo: false),
        new("Platform.Ingest", "services/ingest/Platform.Ingest",
            [.. Bus, .. Web, .. Database, .. Wiring, .. Others("Platform.Ingest"), "Platform.Ingest.Pipeline", "Platform.Ingest.Channels"], PackageGraphToo: true),
        new("Platform.Provenance", "services/provenance/Platform.Provenance",
            [.. Bus, .. Web, .. Database, .. Wiring, .. Others("Platform.Provenance"), "Platform.Provenance.Pipeline"], PackageGraphToo: true),
        new("Platform.Extraction", "services/extraction/Platform.Extraction",
            [.. Bus, .. Web, .. Database, .. Wiring, .. Others("Platform.Extraction"), "Platform.Extraction.Pipeline"], PackageGraphToo: true),
        new("Platform.Extraction.Training", "services/extraction/Platform.Extraction.Training",
            [.. Bus, .. Web, .. Database, .. Wiring, "Platform.Extraction.Pipeline"], PackageGraphToo: true),
        new("Platform.Storage", "services/storage/Platform.Storage",
            [.. Bus, .. Web, .. Wiring, .. Others("Platform.Storage"), "Platform.Storage.Pipeline"], PackageGraphToo: true),
        new("Platform.Messaging", "shared/Platform.Messaging",
            [.. Web, .. Database, "Platform.ServiceDefaults", .. Stages], PackageGraphToo: true),
        new("Platform.ServiceDefaults", "shared/Platform.ServiceDefaults",
            [.. Bus, .. Database, "Platform.Messaging", "Platform.Contracts", .. Stages], PackageGraphToo: true),
        new("Platform.Ingest.Pipeline", "services/ingest/Platform.Ingest.Pipeline",
            [.. Web, .. Database, "Platform.ServiceDefaults", "Platform.Ingest.Channels", .. Others("Platform.Ingest")], PackageGraphToo: true),
        new("Platform.Provenance.Pipeline", "services/provenance/Platform.Provenance.Pipeline",
            [.. Web, .. Database, "Platform.ServiceDefaults", .. Others("Platform.Provenance")], PackageGraphToo: true),
        new("Platform.Extraction.Pipeline", "services/extraction/Platform.Extraction.Pipeline",
            [.. Web, .. Database, "Platform.ServiceDefaults", .. Others("Platform.Extraction")], PackageGraphToo: true),
        new("Platform.Storage.Pipeline", "services/storage/Platform.Storage.Pipeline",
            [.. Web, "Platform.ServiceDefaults", .. Others("Platform.Storage")], PackageGraphToo: true),
        // The read side over HTTP: asks storage's query library and uses the provenance exporters; no bus, no other stage.
        new("Platform.Storage.Web", "services/storage/Platform.Storage.Web",
            [.. Bus, .. Wiring, "Platform.Ingest", "Platform.Extraction", "Platform.Storage.Pipeline", "Platform.Provenance.Pipeline"], PackageGraphToo: true),
    ];

    private static IEnumerable<string> Others(string stage) => Stages.Where(s => s != stage);
}
