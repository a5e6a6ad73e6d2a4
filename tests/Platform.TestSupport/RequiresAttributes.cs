using Xunit;

namespace Platform.TestSupport;

/// <summary>
/// What a test needs from outside the repository. A plain <c>dotnet test</c> from a clone skips tests whose needs are
/// missing, with a message that says what to provide; the README's test command sets <c>PLATFORM_TESTS_REQUIRE_ALL=1</c>,
/// so there a missing need fails the test instead of skipping it.
/// </summary>
public static class TestNeeds
{
    public const string RequireAllVariable = "PLATFORM_TESTS_REQUIRE_ALL";

    public const string PostgresVariable = "PLATFORM_POSTGRES_CONNECTION";

    public static bool RequireAll => Environment.GetEnvironmentVariable(RequireAllVariable) == "1";

    public static string? MissingTeamShared() => File.Exists(RepositoryPaths.SampleArticle) || RequireAll
        ? null
        : $"needs the team folder beside the repository ({RepositoryPaths.TeamShared}), which holds the sample article and the shared corpora";

    public const string RabbitMqVariable = "PLATFORM_RABBITMQ_HOST";

    public static string? MissingInfrastructure() => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(RabbitMqVariable)) || RequireAll
        ? null
        : $"needs the running RabbitMQ and PostgreSQL ({RabbitMqVariable} and the other PLATFORM_* variables of `deploy/infra.sh env`; the README's test command starts them)";

    /// <summary>The headless browser the web view's test drives: Debian's <c>chromium</c> (deploy/test.sh installs it).</summary>
    public static string? ChromiumPath => new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    public static string? MissingChromium() => ChromiumPath is not null || RequireAll
        ? null
        : "needs Debian's chromium for the browser test (apt-get install -y chromium; the README's test command installs it)";

    public static string? MissingPostgres() => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable)) || RequireAll
        ? null
        : $"needs a PostgreSQL server in {PostgresVariable} (the README's test command starts one)";
}

/// <summary>A fact that reads the sample article or another file of the team folder <c>../shared</c>.</summary>
public sealed class TeamSharedFactAttribute : FactAttribute
{
    public TeamSharedFactAttribute() => Skip = TestNeeds.MissingTeamShared();
}

/// <summary>A theory that reads the sample article or another file of the team folder <c>../shared</c>.</summary>
public sealed class TeamSharedTheoryAttribute : TheoryAttribute
{
    public TeamSharedTheoryAttribute() => Skip = TestNeeds.MissingTeamShared();
}

/// <summary>A fact that needs a PostgreSQL server.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = TestNeeds.MissingPostgres();
}

/// <summary>A theory that needs a PostgreSQL server.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute() => Skip = TestNeeds.MissingPostgres();
}

/// <summary>A fact that needs the running broker and database (the distributed platform's end-to-end tests).</summary>
public sealed class InfrastructureFactAttribute : FactAttribute
{
    public InfrastructureFactAttribute() => Skip = TestNeeds.MissingInfrastructure();
}

/// <summary>A fact that drives a real headless browser (chromium).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute() => Skip = TestNeeds.MissingChromium();
}
