namespace Platform.EndToEnd.Tests;

/// <summary>The running broker and database, as <c>deploy/infra.sh up</c> prints them (PLATFORM_* variables).</summary>
public sealed record InfrastructureSettings(
    string RabbitHost, int RabbitPort, int ManagementPort, string RabbitUser, string RabbitPassword, string PostgresConnection)
{
    public static InfrastructureSettings FromEnvironment()
    {
        string Need(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set. These tests need the real RabbitMQ and PostgreSQL: run `bash deploy/infra.sh up` and " +
                "`eval \"$(bash deploy/infra.sh env)\"` first, or run the README's test command (bash deploy/test.sh).");
        return new InfrastructureSettings(
            Need("PLATFORM_RABBITMQ_HOST"), int.Parse(Need("PLATFORM_RABBITMQ_PORT")), int.Parse(Need("PLATFORM_RABBITMQ_MANAGEMENT_PORT")),
            Need("PLATFORM_RABBITMQ_USER"), Need("PLATFORM_RABBITMQ_PASSWORD"), Need("PLATFORM_POSTGRES_CONNECTION"));
    }
}
