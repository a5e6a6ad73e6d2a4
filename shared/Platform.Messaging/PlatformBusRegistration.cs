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
            x.AddConfigureEndpointsCallback(EndpointPolicy.Apply);

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
                    cfg.ConfigureEndpoints(context);
                });
            }
        });

        services.Configure<MassTransitHostOptions>(o =>
        {
            // Services answer /health/live while the broker is still out of reach; /health/ready tells when the bus is up.
            o.WaitUntilStarted = waitUntilStarted;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return services;
    }
}
