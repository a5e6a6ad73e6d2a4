using MassTransit;

namespace Platform.Messaging;

/// <summary>Policy shared by every receive endpoint, applied through <c>AddConfigureEndpointsCallback</c>.</summary>
public static class EndpointPolicy
{
    public static void Apply(string queueName, IReceiveEndpointConfigurator configurator)
    {
        // Durable endpoints are quorum queues: a classic queue cannot be converted later.
        if (configurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SetQuorumQueue();
        }
    }
}
