namespace Platform.EndToEnd.Tests;

/// <summary>
/// The least-privileged RabbitMQ users of <c>deploy/rabbitmq/users</c> (which <c>deploy/infra.sh up</c> creates and prints as
/// <c>PLATFORM_RABBITMQ_&lt;NAME&gt;_USER</c>/<c>_PASSWORD</c>). The distributed platform grants them the same permissions on its own
/// vhost and runs each service as its own user, so every end-to-end test also proves those permissions suffice.
/// </summary>
public sealed record ServiceUser(string Name, string Password, string Configure, string Write, string Read)
{
    public static string UsersFile => Path.Combine(RepositoryPaths.Root, "deploy", "rabbitmq", "users");

    public static IReadOnlyList<ServiceUser> Load() =>
        [.. File.ReadLines(UsersFile)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(f => new ServiceUser(f[0], PasswordOf(f[0]), f[2], f[3], f[4]))];

    private static string PasswordOf(string name)
    {
        var variable = $"PLATFORM_RABBITMQ_{name.ToUpperInvariant()}_PASSWORD";
        return Environment.GetEnvironmentVariable(variable) is { Length: > 0 } password
            ? password
            : throw new InvalidOperationException($"{variable} is not set: `deploy/infra.sh up` prints it (eval \"$(bash deploy/infra.sh env)\").");
    }
}
