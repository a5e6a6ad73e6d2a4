using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Platform.Pipeline.Tests.Security;

/// <summary>
/// The users <c>deploy/infra.sh up</c> creates on vhost <c>platform</c> (deploy/rabbitmq/users), read from the variables it prints:
/// <c>PLATFORM_RABBITMQ_&lt;NAME&gt;_USER</c> and <c>_PASSWORD</c>, and the administrator's <c>PLATFORM_RABBITMQ_USER</c>.
/// </summary>
internal static class BrokerUsers
{
    public const ushort AccessRefused = 403;

    private static string Need(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{name} is not set: run `bash deploy/infra.sh up` and `eval \"$(bash deploy/infra.sh env)\"` first.");

    public static Task<IConnection> ConnectAsync(string role)
    {
        var upper = role.ToUpperInvariant();
        return ConnectAsync(Need($"PLATFORM_RABBITMQ_{upper}_USER"), Need($"PLATFORM_RABBITMQ_{upper}_PASSWORD"));
    }

    public static Task<IConnection> ConnectAdministratorAsync() =>
        ConnectAsync(Need("PLATFORM_RABBITMQ_USER"), Need("PLATFORM_RABBITMQ_PASSWORD"));

    private static Task<IConnection> ConnectAsync(string user, string password) => new ConnectionFactory
    {
        HostName = Need("PLATFORM_RABBITMQ_HOST"),
        Port = int.Parse(Need("PLATFORM_RABBITMQ_PORT")),
        VirtualHost = Need("PLATFORM_RABBITMQ_VHOST"),
        UserName = user,
        Password = password,
        ClientProvidedName = $"security-test-{user}",
    }.CreateConnectionAsync();

    /// <summary>
    /// Runs <paramref name="operation"/> on a fresh channel (publisher confirms on) and returns the reply code the broker closed the
    /// channel with, or null when the operation went through and the channel stayed open.
    /// </summary>
    public static async Task<ushort?> ReplyCodeAsync(IConnection connection, Func<IChannel, Task> operation)
    {
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        try
        {
            await operation(channel);
        }
        catch (Exception e) when (e is OperationInterruptedException or AlreadyClosedException or PublishException)
        {
            // the channel's close reason below says why
        }
        // A refusal closes the channel asynchronously: give the broker's channel.close a moment to arrive.
        for (var i = 0; i < 50 && channel.IsOpen; i++) await Task.Delay(100);
        return channel.IsOpen ? null : channel.CloseReason?.ReplyCode;
    }

    /// <summary>
    /// As administrator, takes the probe message off the <c>ingest</c> queue (others stay unacknowledged and go back in their
    /// place when the channel closes). False when it does not arrive within 10 s.
    /// </summary>
    public static async Task<bool> TakeFromIngestAsync(Func<BasicGetResult, bool> isProbe)
    {
        await using var admin = await ConnectAdministratorAsync();
        await using var channel = await admin.CreateChannelAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var message = await channel.BasicGetAsync(Platform.Messaging.QueueNames.RawIngest, autoAck: false);
            if (message is null)
            {
                await Task.Delay(200);
            }
            else if (isProbe(message))
            {
                await channel.BasicAckAsync(message.DeliveryTag, multiple: false);
                return true;
            }
        }
        return false;
    }
}
