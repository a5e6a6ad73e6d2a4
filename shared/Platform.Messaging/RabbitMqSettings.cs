namespace Platform.Messaging;

/// <summary>Connection settings of the broker, bound from the <c>RabbitMq</c> configuration section (env: <c>RabbitMq__Host</c>, ...).</summary>
public sealed class RabbitMqSettings
{
    public const string SectionName = "RabbitMq";

    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 5682;
    public string VirtualHost { get; set; } = "platform";
    public string Username { get; set; } = "platform";
    public string Password { get; set; } = "";
    public int ManagementPort { get; set; } = 15682;
}
