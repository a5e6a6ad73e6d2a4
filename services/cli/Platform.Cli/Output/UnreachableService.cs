using System.Net.Sockets;
using Npgsql;
using RabbitMQ.Client.Exceptions;

namespace Platform.Cli.Output;

/// <summary>
/// Tells a broker or database that cannot be reached from other failures, and says so in one line that names the setting
/// to check, instead of a stack trace.
/// </summary>
public static class UnreachableService
{
    public static string? Describe(Exception error)
    {
        for (var e = (Exception?)error; e is not null; e = e.InnerException)
        {
            if (e is BrokerUnreachableException)
            {
                return $"cannot reach RabbitMQ ({RootMessage(e)}); check RabbitMq__Host and RabbitMq__Port " +
                       "(or PLATFORM_RABBITMQ_HOST / PLATFORM_RABBITMQ_PORT) and that the broker runs.";
            }
            if (e is NpgsqlException && HasSocketFailure(e))
            {
                return $"cannot reach PostgreSQL ({RootMessage(e)}); check the connection given with --postgres " +
                       "(or ConnectionStrings__Platform) and that the server runs.";
            }
        }
        return null;
    }

    private static bool HasSocketFailure(Exception error)
    {
        for (var e = (Exception?)error; e is not null; e = e.InnerException)
        {
            if (e is SocketException or TimeoutException) return true;
        }
        return false;
    }

    private static string RootMessage(Exception error)
    {
        var e = error;
        while (e.InnerException is not null) e = e.InnerException;
        return e.Message;
    }
}
