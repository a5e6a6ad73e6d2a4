namespace Platform.Messaging;

/// <summary>Which transport the bus runs on.</summary>
public enum BusTransport
{
    /// <summary>MassTransit's in-memory transport: all stages in one process (the embedded default).</summary>
    InMemory,
    /// <summary>RabbitMQ: each stage its own process.</summary>
    RabbitMq,
}
