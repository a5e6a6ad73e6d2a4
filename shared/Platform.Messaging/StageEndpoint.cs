using MassTransit;

namespace Platform.Messaging;

/// <summary>What every stage consumer's endpoint shares: a prefetch, the bounded retry policy and the in-memory outbox.</summary>
public static class StageEndpoint
{
    public static void Configure(IReceiveEndpointConfigurator endpoint, IRegistrationContext context, int prefetch)
    {
        endpoint.PrefetchCount = prefetch;
        endpoint.UseMessageRetry(StageRetryPolicy.Apply);
        endpoint.UseInMemoryOutbox(context);
    }
}
