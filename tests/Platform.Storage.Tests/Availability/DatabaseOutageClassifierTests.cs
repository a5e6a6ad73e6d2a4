using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Storage.Availability;

namespace Platform.Storage.Tests.Availability;

public sealed class DatabaseOutageClassifierTests
{
    private static PostgresException Postgres(string sqlState) => new("message", "FATAL", "FATAL", sqlState);

    public static TheoryData<string, Exception> OutageLike => new()
    {
        { "connection refused", new NpgsqlException("Failed to connect to 127.0.0.1:55432", new SocketException((int)SocketError.ConnectionRefused)) },
        { "admin shutdown 57P01", Postgres("57P01") },
        { "crash shutdown 57P02", Postgres("57P02") },
        { "cannot connect now 57P03", Postgres("57P03") },
        { "connection failure 08006", Postgres("08006") },
        { "too many connections 53300", Postgres("53300") },
        { "a bare socket error", new SocketException((int)SocketError.ConnectionReset) },
        { "a timeout", new TimeoutException() },
        { "EF's retry limit around a refused connection",
            new InvalidOperationException("retry limit exceeded", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))) },
        { "an aggregate holding an admin shutdown", new AggregateException(new IOException("x"), Postgres("57P01")) },
    };

    public static TheoryData<string, Exception> NotOutage => new()
    {
        { "disk full from the store itself", new IOException("disk full") },
        { "unique violation 23505", Postgres("23505") },
        { "bad value 22P02", Postgres("22P02") },
        { "EF's update error around a unique violation", new DbUpdateException("save failed", Postgres("23505")) },
        { "an argument error", new ArgumentException("bad") },
        { "a bug", new NullReferenceException() },
    };

    [Theory]
    [MemberData(nameof(OutageLike))]
    public void Failures_that_could_be_the_database_out_of_reach_are_nominated(string what, Exception error) =>
        Assert.True(DatabaseOutageClassifier.CouldBeOutage(error), what);

    [Theory]
    [MemberData(nameof(NotOutage))]
    public void Failures_about_the_data_or_the_store_are_never_an_outage(string what, Exception error) =>
        Assert.False(DatabaseOutageClassifier.CouldBeOutage(error), what);
}
