using Microsoft.Extensions.Configuration;

namespace Platform.Messaging;

/// <summary>Reads broker settings for command-line tools: <c>RabbitMq__*</c> variables, else the <c>PLATFORM_RABBITMQ_*</c> ones that <c>deploy/infra.sh</c> prints.</summary>
public static class RabbitMqSettingsReader
{
    public static RabbitMqSettings FromEnvironment()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var settings = configuration.GetSection(RabbitMqSettings.SectionName).Get<RabbitMqSettings>() ?? new RabbitMqSettings();
        string? Env(string name) => Environment.GetEnvironmentVariable(name);
        if (configuration.GetSection(RabbitMqSettings.SectionName).GetChildren().Any())
        {
            return settings;
        }
        settings.Host = Env("PLATFORM_RABBITMQ_HOST") ?? settings.Host;
        settings.Port = int.TryParse(Env("PLATFORM_RABBITMQ_PORT"), out var port) ? port : settings.Port;
        settings.VirtualHost = Env("PLATFORM_RABBITMQ_VHOST") ?? settings.VirtualHost;
        settings.Username = Env("PLATFORM_RABBITMQ_USER") ?? settings.Username;
        settings.Password = Env("PLATFORM_RABBITMQ_PASSWORD") ?? settings.Password;
        settings.ManagementPort = int.TryParse(Env("PLATFORM_RABBITMQ_MANAGEMENT_PORT"), out var mport) ? mport : settings.ManagementPort;
        return settings;
    }
}
