using Platform.Ingest;
using Platform.Ingest.Channels;
using Platform.Messaging;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformServiceDefaults();
var ingestOptions = IngestChannelsRegistration.IngestOptionsFrom(builder.Configuration);
builder.Services.AddPlatformBus(builder.Configuration, bus => bus.AddIngestStage(ingestOptions));
builder.Services.AddIngestChannels(builder.Configuration);

var app = builder.Build();
app.MapPlatformHealthEndpoints();
app.MapArticleUploads();
app.Run();
