using Platform.Extraction;
using Platform.Messaging;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformServiceDefaults();
builder.Services.AddPlatformBus(builder.Configuration, bus => bus.AddExtractionStage());

var app = builder.Build();
app.MapPlatformHealthEndpoints();
app.Run();
