using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.Messaging;

/// <summary>
/// The one place that configures MassTransit for every Platform process: usage telemetry off, endpoint policy, transport.
/// Stages are added by the caller through their own <c>AddXxxStage()</c> registration extensions.
/// </summary>
public static class PlatformBusRegistration
{
    /// <summary>How long messages in flight may take to finish once the bus stops, before their token is cancelled.</summary>
    public static readonly TimeSpan ConsumerStopTimeout = TimeSpan.FromSeconds(15);

    /// <summary>How long stopping the bus may take in all.</summary>
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Reads the transport from configuration key <c>Bus:Transport</c> (<c>InMemory</c> or <c>RabbitMq</c>; default RabbitMq).</summary>
    public static BusTransport ReadTransport(IConfiguration configuration)
    {
        var value = configuration["Bus:Transport"];
        return string.IsNullOrWhiteSpace(value)
            ? BusTransport.RabbitMq
            : Enum.Parse<BusTransport>(value, ignoreCase: true);
    }

    public static IServiceCollection AddPlatformBus(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<IBusRegistrationConfigurator> addStages,
        bool waitUntilStarted = false)
    {
        var transport = ReadTransport(configuration);
        var deliveryLimit = DeadLetterPolicy.ReadDeliveryLimit(configuration);
        var rabbit = configuration.GetSection(RabbitMqSettings.SectionName).Get<RabbitMqSettings>() ?? new RabbitMqSettings();
        services.AddSingleton(rabbit);
        // Before the stages: their registrations add the default budget only when none is configured here.
        services.TryAddSingleton(ProcessingBudgetOptions.From(configuration));
        // The shared header interface is not a message of its own: no exchange for it beside each message's.
        GlobalTopology.Publish.GetMessageTopology<Platform.Contracts.IArticleMessage>().Exclude = true;

        services.AddMassTransit(x =>
        {
            x.DisableUsageTelemetry();
            addStages(x);
            x.AddConfigureEndpointsCallback((name, endpoint) => EndpointPolicy.Apply(name, endpoint, deliveryLimit));

            if (transport == BusTransport.InMemory)
            {
                x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
            else
            {
                x.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, h =>
                    {
                        h.Username(rabbit.Username);
                        h.Password(rabbit.Password);
                    });
                    // Not an endpoint setting (no endpoint callback reaches it): _error and _skipped queues copy the endpoint's
                    // arguments, and must not count deliveries or dead-letter what they park.
                    cfg.SendTopology.ConfigureErrorSettings = DeadLetterPolicy.ApplyToErrorQueue;
                    cfg.SendTopology.ConfigureDeadLetterSettings = DeadLetterPolicy.ApplyToErrorQueue;
                    cfg.ConfigureEndpoints(context);
                });
            }
        });

        services.Configure<MassTransitHostOptions>(o =>
        {
            // Services answer /health/live while the broker is still out of reach; /health/ready tells when the bus is up.
            o.WaitUntilStarted = waitUntilStarted;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            // Draining on stop (inside the hosts' 25 s shutdown window): no new deliveries; messages in flight get 15 s to
            // finish, then their ConsumeContext.CancellationToken is cancelled and an unfinished message goes back to its
            // queue unacknowledged (a held write ends then too); the bus gets 20 s in all.
            o.ConsumerStopTimeout = ConsumerStopTimeout;
            o.StopTimeout = StopTimeout;
        });
        return services;
    }
}
