using Platform.Messaging;
using Platform.ServiceDefaults;
using Platform.Provenance;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformServiceDefaults();
builder.Services.AddPlatformBus(builder.Configuration, bus => bus.AddProvenanceStage());

var app = builder.Build();
app.MapPlatformHealthEndpoints();
app.Run();
