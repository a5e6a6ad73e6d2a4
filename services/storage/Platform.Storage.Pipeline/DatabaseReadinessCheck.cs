using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Storage.Availability;

namespace Platform.Storage.Pipeline;

/// <summary>Storage is ready only while its database answers (a probe per check, bounded): <c>/health/ready</c> turns
/// unhealthy during an outage, while <c>/health/live</c> stays healthy (the process is fine and holds its messages).</summary>
public sealed class DatabaseReadinessCheck(DatabaseAvailability availability) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await availability.ProbeAsync(cancellationToken)
            ? HealthCheckResult.Healthy("the database answers")
            : HealthCheckResult.Unhealthy("the database does not answer; storage holds its messages until it does");
}
