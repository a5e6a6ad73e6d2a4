using Platform.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Platform.Cli.Commands;

/// <summary>
/// Makes sure the <c>ingest</c> exchange, queue and binding exist before <c>submit</c> publishes. A user allowed to configure them
/// (an administrator on a fresh vhost) declares them; the least-privileged <c>submit</c> user may not (403), and relies on
/// <c>deploy/infra.sh</c> and the ingest service, which declare the same. The probe runs on a channel of its own, since a refusal
/// closes the channel it happens on.
/// </summary>
public static class SubmitPath
{
    private const ushort AccessRefused = 403;

    public static async Task EnsureAsync(IConnection connection, CancellationToken cancellationToken)
    {
        await using var probe = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            await RawIngestQueue.DeclareAsync(probe, cancellationToken);
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == AccessRefused)
        {
            // Not ours to declare: the publish (mandatory, confirmed) tells whether the path exists.
        }
    }
}
