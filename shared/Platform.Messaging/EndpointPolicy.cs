using MassTransit;

namespace Platform.Messaging;

/// <summary>Policy shared by every receive endpoint, applied through <c>AddConfigureEndpointsCallback</c>.</summary>
public static class EndpointPolicy
{
    public static void Apply(string queueName, IReceiveEndpointConfigurator configurator, int deliveryLimit)
    {
        // Durable endpoints are quorum queues: a classic queue cannot be converted later.
        if (configurator is not IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            return;
        }
        if (queueName == QueueNames.DeadLetters)
        {
            DeadLetterPolicy.ConfigureDeadLetterQueue(rabbit);
        }
        else
        {
            DeadLetterPolicy.ApplyToStageQueue(rabbit, deliveryLimit);
        }
    }
}
