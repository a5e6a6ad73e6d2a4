using MassTransit;

namespace Platform.Messaging;

/// <summary>
/// Marks a send or publish as mandatory on RabbitMQ: a message that no queue is bound to receive is returned by the broker
/// (<c>basic.return</c>) instead of being dropped. The bus publishes with confirmations (MassTransit's default), so a
/// returned message fails the <c>Send</c>/<c>Publish</c> call with <c>MessageReturnedException</c> and the caller still
/// holds what it meant to forward. Ways in use this for everything they hand on: an exchange without a bound queue (a fresh
/// vhost, a consumer that has not declared its queue yet) must not swallow a submitted file or its rejection.
/// On other transports this does nothing.
/// </summary>
public static class MandatoryDelivery
{
    public static void Require(SendContext context)
    {
        if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
        {
            rabbit.Mandatory = true;
        }
    }
}
