using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Casavi.GraphQL.Events;

/// <summary>Degraded while rest hooks could not be registered: queries are served, but casavi's changes show only after the cache's TTL.</summary>
internal sealed class HookRegistrationHealthCheck(HookRegistrationStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(status.FailingAccounts is { Count: > 0 } failing
            ? HealthCheckResult.Degraded($"casavi events: registration failing (accounts: {string.Join(", ", failing)}); retried in the background.")
            : HealthCheckResult.Healthy("casavi events: rest hooks registered or being registered."));
}
